using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CellThalamus.Analyzers;

/// <summary>Reports every use of a member on the ban list (<see cref="BannedApis"/>), with the entry's alternative.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BannedApiAnalyzer : DeterminismAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        BannedApis.All.Select(entry => entry.Rule).Distinct().ToImmutableArray();

    protected override void Register(AnalysisContext context) =>
        context.RegisterCompilationStartAction(start =>
        {
            var bans = new Dictionary<INamedTypeSymbol, List<BannedApi>>(SymbolEqualityComparer.Default);
            foreach (var entry in BannedApis.All)
            {
                if (start.Compilation.GetTypeByMetadataName(entry.TypeMetadataName) is not { } type)
                {
                    continue;
                }

                if (!bans.TryGetValue(type, out var entries))
                {
                    entries = new List<BannedApi>();
                    bans.Add(type, entries);
                }

                entries.Add(entry);
            }

            if (bans.Count == 0)
            {
                return;
            }

            start.RegisterOperationAction(
                context => Check(context, bans),
                OperationKind.Invocation,
                OperationKind.ObjectCreation,
                OperationKind.PropertyReference,
                OperationKind.FieldReference,
                OperationKind.MethodReference,
                OperationKind.EventReference);
        });

    private static void Check(OperationAnalysisContext context, Dictionary<INamedTypeSymbol, List<BannedApi>> bans)
    {
        var use = context.Operation;
        if (use.IsImplicit)
        {
            return;
        }

        ISymbol? member = use switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            IMemberReferenceOperation reference => reference.Member,
            _ => null,
        };
        var type = member?.ContainingType ?? (use as IObjectCreationOperation)?.Type as INamedTypeSymbol;
        if (type is null || !bans.TryGetValue(type.OriginalDefinition, out var entries))
        {
            return;
        }

        var banned = member ?? type;
        foreach (var entry in entries)
        {
            if (entry.Matches(use, banned))
            {
                var name = banned is INamedTypeSymbol || banned is IMethodSymbol { MethodKind: MethodKind.Constructor }
                    ? "new " + type.Name + "()"
                    : type.Name + "." + banned.Name;
                Report(context, entry.Rule, use.Syntax.GetLocation(), name, entry.Why, entry.Instead);
                return;
            }
        }
    }
}

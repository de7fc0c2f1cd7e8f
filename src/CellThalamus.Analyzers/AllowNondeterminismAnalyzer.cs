using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CellThalamus.Analyzers;

/// <summary>
/// CTH090 (info): every [AllowNondeterminism("reason")] is logged with its reason, so the escape hatch shows up in the build log.
/// CTH091 (error): the reason is missing or blank.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AllowNondeterminismAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.NondeterminismAllowed, Rules.EmptyAllowReason);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(Check, SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property);
    }

    private static void Check(SymbolAnalysisContext context)
    {
        var symbol = context.Symbol;
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass?.Name != AllowNondeterminism.AttributeName
                || attribute.ApplicationSyntaxReference is not { } reference)
            {
                continue;
            }

            var location = Location.Create(reference.SyntaxTree, reference.Span);
            var reason = Reason(attribute);
            var name = symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
            context.ReportDiagnostic(string.IsNullOrWhiteSpace(reason)
                ? Diagnostic.Create(Rules.EmptyAllowReason, location, name)
                : Diagnostic.Create(Rules.NondeterminismAllowed, location, name, reason!));
        }
    }

    private static string? Reason(AttributeData attribute)
    {
        foreach (var argument in attribute.ConstructorArguments)
        {
            if (argument.Kind == TypedConstantKind.Primitive && argument.Value is string text)
            {
                return text;
            }
        }

        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "Reason" && named.Value.Value is string text)
            {
                return text;
            }
        }

        return null;
    }
}

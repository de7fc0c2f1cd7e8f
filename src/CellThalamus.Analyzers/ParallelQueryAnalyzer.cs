using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CellThalamus.Analyzers;

/// <summary>
/// CTH020: a PLINQ query (AsParallel, ParallelEnumerable.Range/Repeat) whose chain reaches a materialisation
/// without AsOrdered() or an OrderBy, so its results come back in scheduling order.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ParallelQueryAnalyzer : DeterminismAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.UnorderedPlinq);

    protected override void Register(AnalysisContext context) =>
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName("System.Linq.ParallelEnumerable") is { } plinq)
            {
                start.RegisterOperationAction(context => Check(context, plinq), OperationKind.Invocation);
            }
        });

    private static void Check(OperationAnalysisContext context, INamedTypeSymbol plinq)
    {
        var source = (IInvocationOperation)context.Operation;
        if (!SymbolEqualityComparer.Default.Equals(source.TargetMethod.ContainingType, plinq)
            || source.TargetMethod.Name is not ("AsParallel" or "Range" or "Repeat"))
        {
            return;
        }

        // Follow the PLINQ chain up to the first call that leaves ParallelQuery (ToList, ToArray, Sum, ...).
        for (var call = source.ChainedCall(); call is not null; call = call.ChainedCall())
        {
            if (!SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, plinq))
            {
                break;
            }

            if (call.TargetMethod.Name == "AsOrdered" || OperationExtensions.IsOrderingName(call.TargetMethod.Name))
            {
                return;
            }

            if (call.TargetMethod.Name == "AsUnordered" || call.Type?.Name is not ("ParallelQuery" or "OrderedParallelQuery"))
            {
                break;
            }
        }

        var name = source.TargetMethod.Name == "AsParallel" ? "AsParallel()" : "ParallelEnumerable." + source.TargetMethod.Name;
        Report(context, Rules.UnorderedPlinq, source.Syntax.GetLocation(), name);
    }
}

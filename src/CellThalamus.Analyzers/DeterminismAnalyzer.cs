using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CellThalamus.Analyzers;

/// <summary>
/// The shared core of every determinism analyzer: skips generated code, runs concurrently, and drops a
/// diagnostic when the code sits inside a member or type marked [AllowNondeterminism("reason")].
/// </summary>
public abstract class DeterminismAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        Register(context);
    }

    protected abstract void Register(AnalysisContext context);

    protected static void Report(OperationAnalysisContext context, DiagnosticDescriptor rule, Location location, params object[] messageArgs)
    {
        if (AllowNondeterminism.IsAllowed(context.ContainingSymbol))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(rule, location, messageArgs));
    }
}

using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CellThalamus.Analyzers;

/// <summary>
/// CTH022: a Parallel.For/ForEach/ForEachAsync body that adds to a shared collection or writes a captured
/// accumulator, so the result depends on which iteration runs first.
/// CTH025: a channel read inside work that runs as several concurrent consumers (a Parallel body, or
/// Task.Run/StartNew started in a loop or a lambda), so which consumer gets which item depends on scheduling.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ParallelLoopAnalyzer : DeterminismAnalyzer
{
    // Calls that append to a collection, builder, writer or channel: their order is the iteration order.
    private static readonly ImmutableHashSet<string> AppendingMethods = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "Add", "AddRange", "Enqueue", "Push", "PushRange", "TryAdd", "Insert", "InsertRange",
        "Append", "AppendLine", "AppendFormat", "Write", "WriteLine", "WriteAsync", "WriteLineAsync", "TryWrite");

    private static readonly ImmutableHashSet<string> ChannelReads = ImmutableHashSet.Create(
        StringComparer.Ordinal, "ReadAllAsync", "ReadAsync", "TryRead", "TryPeek", "WaitToReadAsync");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.ParallelSharedWrite, Rules.ChannelConsumers);

    protected override void Register(AnalysisContext context) =>
        context.RegisterCompilationStartAction(start =>
        {
            var types = new KnownTypes(start.Compilation);
            if (types.Parallel is null && types.Task is null)
            {
                return;
            }

            start.RegisterOperationAction(context => Check(context, types), OperationKind.Invocation);
        });

    private static void Check(OperationAnalysisContext context, KnownTypes types)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var kind = Classify(invocation, types);
        if (kind == Concurrency.None)
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (Body(argument.Value) is not { } body)
            {
                continue;
            }

            foreach (var operation in body.Descendants())
            {
                // A nested Parallel body or Task.Run is analysed on its own, against its own captures.
                var nested = NestedConcurrency(operation, body, types);
                if (kind == Concurrency.ParallelLoop && nested != Concurrency.ParallelLoop)
                {
                    CheckSharedWrite(context, operation, body);
                }

                if (nested == Concurrency.None)
                {
                    CheckChannelRead(context, operation, body, invocation, types);
                }
            }
        }
    }

    private static void CheckSharedWrite(OperationAnalysisContext context, IOperation operation, IAnonymousFunctionOperation body)
    {
        var span = body.Syntax.Span;
        switch (operation)
        {
            case IInvocationOperation call
                when AppendingMethods.Contains(call.TargetMethod.Name)
                    && call.Instance is { } receiver
                    && receiver.IsSharedOutside(span)
                    && !IsKeyedConcurrentDictionary(receiver.Type):
                Report(context, Rules.ParallelSharedWrite, call.Syntax.GetLocation(), call.TargetMethod.Name, receiver.Syntax.ToString());
                break;
            case IAssignmentOperation assignment when assignment.Target.IsSharedOutside(span):
                Report(context, Rules.ParallelSharedWrite, assignment.Syntax.GetLocation(), "assignment", assignment.Target.Syntax.ToString());
                break;
            case IIncrementOrDecrementOperation step when step.Target.IsSharedOutside(span):
                Report(context, Rules.ParallelSharedWrite, step.Syntax.GetLocation(), "increment", step.Target.Syntax.ToString());
                break;
        }
    }

    private static void CheckChannelRead(
        OperationAnalysisContext context, IOperation operation, IAnonymousFunctionOperation body, IInvocationOperation scheduler, KnownTypes types)
    {
        if (operation is IInvocationOperation call
            && ChannelReads.Contains(call.TargetMethod.Name)
            && call.TargetMethod.ContainingType.IsOrDerivesFrom(types.ChannelReader)
            && call.Instance is { } reader
            && reader.IsSharedOutside(body.Syntax.Span))
        {
            Report(context, Rules.ChannelConsumers, call.Syntax.GetLocation(), call.TargetMethod.Name, scheduler.TargetMethod.ContainingType.Name + "." + scheduler.TargetMethod.Name);
        }
    }

    private enum Concurrency
    {
        None,
        ParallelLoop,
        ManyConsumers,
    }

    private static Concurrency Classify(IInvocationOperation invocation, KnownTypes types)
    {
        var method = invocation.TargetMethod;
        if (SymbolEqualityComparer.Default.Equals(method.ContainingType, types.Parallel))
        {
            return method.Name is "For" or "ForEach" or "ForEachAsync" ? Concurrency.ParallelLoop
                : method.Name == "Invoke" ? Concurrency.ManyConsumers
                : Concurrency.None;
        }

        var startsTask = (method.Name == "Run" && SymbolEqualityComparer.Default.Equals(method.ContainingType, types.Task))
            || (method.Name == "StartNew" && method.ContainingType.OriginalDefinition.IsOrDerivesFrom(types.TaskFactory));

        // One Task.Run is one consumer; one started per loop iteration or per element of a Select is several.
        return startsTask && IsRepeated(invocation) ? Concurrency.ManyConsumers : Concurrency.None;
    }

    private static bool IsRepeated(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is ILoopOperation or IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }

    private static IAnonymousFunctionOperation? Body(IOperation value) => value.WithoutConversions() switch
    {
        IAnonymousFunctionOperation lambda => lambda,
        IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => lambda,
        _ => null,
    };

    /// <summary>The kind of the innermost scheduling call between the operation and the body being analysed, if any.</summary>
    private static Concurrency NestedConcurrency(IOperation operation, IAnonymousFunctionOperation body, KnownTypes types)
    {
        for (var current = operation.Parent; current is not null && current != body; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation lambda && SchedulerOf(lambda) is { } nested)
            {
                var kind = Classify(nested, types);
                if (kind != Concurrency.None)
                {
                    return kind;
                }
            }
        }

        return Concurrency.None;
    }

    private static IInvocationOperation? SchedulerOf(IAnonymousFunctionOperation lambda)
    {
        var parent = lambda.Parent;
        while (parent is IDelegateCreationOperation or IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent is IArgumentOperation { Parent: IInvocationOperation invocation } ? invocation : null;
    }

    // Keyed writes (TryAdd(key, value)) land in the same slot whatever the order; enumeration is CTH023's business.
    private static bool IsKeyedConcurrentDictionary(ITypeSymbol? type) =>
        type is { Name: "ConcurrentDictionary", ContainingNamespace.Name: "Concurrent" };

    private sealed class KnownTypes
    {
        public KnownTypes(Compilation compilation)
        {
            Parallel = compilation.GetTypeByMetadataName("System.Threading.Tasks.Parallel");
            Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
            TaskFactory = compilation.GetTypeByMetadataName("System.Threading.Tasks.TaskFactory");
            ChannelReader = compilation.GetTypeByMetadataName("System.Threading.Channels.ChannelReader`1");
        }

        public INamedTypeSymbol? Parallel { get; }

        public INamedTypeSymbol? Task { get; }

        public INamedTypeSymbol? TaskFactory { get; }

        public INamedTypeSymbol? ChannelReader { get; }
    }
}

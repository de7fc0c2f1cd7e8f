using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CellThalamus.Analyzers;

/// <summary>
/// CTH023: enumerating a ConcurrentBag, ConcurrentQueue, ConcurrentStack or ConcurrentDictionary (foreach,
/// LINQ, ToArray, or passing it on as a sequence): the order is whatever the threads produced.
/// Lookups, counts, membership tests and a chain that sorts before it materialises are fine.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConcurrentCollectionAnalyzer : DeterminismAnalyzer
{
    // LINQ calls whose answer does not depend on the order of the sequence.
    private static readonly ImmutableHashSet<string> OrderInsensitive = ImmutableHashSet.Create(
        StringComparer.Ordinal, "Count", "LongCount", "Any", "All", "Contains");

    // Instance members that copy or walk the collection in its internal order.
    private static readonly ImmutableHashSet<string> Snapshots = ImmutableHashSet.Create(
        StringComparer.Ordinal, "ToArray", "CopyTo", "GetEnumerator", "TryTake", "TryPeek");

    private static readonly string[] ConcurrentTypes =
    {
        "System.Collections.Concurrent.ConcurrentBag`1",
        "System.Collections.Concurrent.ConcurrentQueue`1",
        "System.Collections.Concurrent.ConcurrentStack`1",
        "System.Collections.Concurrent.ConcurrentDictionary`2",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.ConcurrentEnumeration);

    protected override void Register(AnalysisContext context) =>
        context.RegisterCompilationStartAction(start =>
        {
            var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (var name in ConcurrentTypes)
            {
                if (start.Compilation.GetTypeByMetadataName(name) is { } type)
                {
                    builder.Add(type);
                }
            }

            var types = builder.ToImmutable();
            if (types.IsEmpty)
            {
                return;
            }

            start.RegisterOperationAction(context => CheckForeach(context, types), OperationKind.Loop);
            start.RegisterOperationAction(context => CheckSequence(context, types), OperationKind.Conversion);
            start.RegisterOperationAction(context => CheckSnapshot(context, types), OperationKind.Invocation);
        });

    private static void CheckForeach(OperationAnalysisContext context, ImmutableArray<INamedTypeSymbol> types)
    {
        if (context.Operation is IForEachLoopOperation loop && ConcurrentSource(loop.Collection, types) is { } type)
        {
            var collection = loop.Collection.WithoutConversions();
            Report(context, Rules.ConcurrentEnumeration, collection.Syntax.GetLocation(), collection.Syntax.ToString(), type.Name);
        }
    }

    // A concurrent collection converted to IEnumerable: the receiver of a LINQ call, or an argument such as new List<T>(bag).
    private static void CheckSequence(OperationAnalysisContext context, ImmutableArray<INamedTypeSymbol> types)
    {
        var conversion = (IConversionOperation)context.Operation;
        if (conversion.Parent is IForEachLoopOperation
            || conversion.Parent is IConversionOperation
            || !IsSequence(conversion.Type)
            || ConcurrentSource(conversion.Operand, types) is not { } type)
        {
            return;
        }

        var call = conversion.ChainedCall();
        if ((call is not null && OrderInsensitive.Contains(call.TargetMethod.Name)) || conversion.IsOrderedDownstream())
        {
            return;
        }

        var source = conversion.Operand.WithoutConversions();
        Report(context, Rules.ConcurrentEnumeration, source.Syntax.GetLocation(), source.Syntax.ToString(), type.Name);
    }

    private static void CheckSnapshot(OperationAnalysisContext context, ImmutableArray<INamedTypeSymbol> types)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.Instance is not { } instance
            || !Snapshots.Contains(invocation.TargetMethod.Name)
            || ConcurrentSource(instance, types) is not { } type
            || (invocation.TargetMethod.Name is "TryTake" or "TryPeek" && type.Name != "ConcurrentBag")
            || invocation.IsOrderedDownstream())
        {
            return;
        }

        Report(context, Rules.ConcurrentEnumeration, invocation.Syntax.GetLocation(), invocation.Syntax.ToString(), type.Name);
    }

    /// <summary>The concurrent collection type behind the expression (directly, or through its Keys/Values), if any.</summary>
    private static INamedTypeSymbol? ConcurrentSource(IOperation operation, ImmutableArray<INamedTypeSymbol> types)
    {
        operation = operation.WithoutConversions();
        if (operation is IPropertyReferenceOperation { Property.Name: "Keys" or "Values", Instance: { } owner })
        {
            operation = owner.WithoutConversions();
        }

        foreach (var type in types)
        {
            if (operation.Type.IsOrDerivesFrom(type))
            {
                return type;
            }
        }

        return null;
    }

    private static bool IsSequence(ITypeSymbol? type) =>
        type is { Name: "IEnumerable", ContainingNamespace.Name: "Generic" or "Collections" };
}

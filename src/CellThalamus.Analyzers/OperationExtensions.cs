using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace CellThalamus.Analyzers;

internal static class OperationExtensions
{
    public static IOperation WithoutConversions(this IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>OrderBy, OrderByDescending, Order, ThenBy, Sort, ToImmutableSortedSet, ...: a call that imposes an explicit order.</summary>
    public static bool IsOrderingName(string name) =>
        name.StartsWith("Order", StringComparison.Ordinal)
        || name.StartsWith("ThenBy", StringComparison.Ordinal)
        || name.IndexOf("Sort", StringComparison.Ordinal) >= 0;

    /// <summary>
    /// The call that consumes this value as its receiver in a fluent chain (x.Where(...) or x.ToArray()),
    /// or null when the value goes anywhere else.
    /// </summary>
    public static IInvocationOperation? ChainedCall(this IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation)
        {
            operation = parent;
            parent = parent.Parent;
        }

        if (parent is IInvocationOperation instanceCall && instanceCall.Instance == operation)
        {
            return instanceCall;
        }

        if (parent is IArgumentOperation argument
            && argument.Parent is IInvocationOperation extensionCall
            && extensionCall.TargetMethod.IsExtensionMethod
            && extensionCall.Arguments.Length > 0
            && extensionCall.Arguments[0] == argument)
        {
            return extensionCall;
        }

        return null;
    }

    /// <summary>True when a later call in the same fluent chain sorts the sequence (or feeds it into a sorted collection).</summary>
    public static bool IsOrderedDownstream(this IOperation operation)
    {
        for (var call = operation.ChainedCall(); call is not null; call = call.ChainedCall())
        {
            if (IsOrderingName(call.TargetMethod.Name))
            {
                return true;
            }
        }

        var parent = operation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent is IArgumentOperation { Parent: IObjectCreationOperation { Type.Name: var created } }
            && created.IndexOf("Sorted", StringComparison.Ordinal) >= 0;
    }

    /// <summary>
    /// True when the expression denotes state that outlives one iteration of a loop body spanning
    /// <paramref name="body"/>: a captured local or parameter, a static member, or a member of one of those.
    /// Index-addressed slots (results[i], list[i]) are not shared: each iteration owns its own.
    /// </summary>
    public static bool IsSharedOutside(this IOperation target, TextSpan body)
    {
        switch (target.WithoutConversions())
        {
            case ILocalReferenceOperation local:
                return !DeclaredInside(local.Local, body);
            case IParameterReferenceOperation parameter:
                return !DeclaredInside(parameter.Parameter, body);
            case IInstanceReferenceOperation:
                return true;
            case IFieldReferenceOperation field:
                return field.Field.IsStatic || (field.Instance is { } fieldOwner && fieldOwner.IsSharedOutside(body));
            case IPropertyReferenceOperation property:
                return property.Arguments.Length == 0
                    && (property.Property.IsStatic || (property.Instance is { } propertyOwner && propertyOwner.IsSharedOutside(body)));
            default:
                return false;
        }
    }

    private static bool DeclaredInside(ISymbol symbol, TextSpan body)
    {
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            if (body.Contains(reference.Span))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsOrDerivesFrom(this ITypeSymbol? type, INamedTypeSymbol? candidate)
    {
        if (candidate is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, candidate))
            {
                return true;
            }
        }

        return false;
    }
}

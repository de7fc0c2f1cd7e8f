using Microsoft.CodeAnalysis;

namespace CellThalamus.Analyzers;

/// <summary>Finds [AllowNondeterminism] by simple name, so any assembly may define the attribute.</summary>
public static class AllowNondeterminism
{
    public const string AttributeName = "AllowNondeterminismAttribute";

    /// <summary>True when the symbol, its property (for an accessor), or any enclosing member or type carries the attribute.</summary>
    public static bool IsAllowed(ISymbol? symbol)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (Find(current) is not null)
            {
                return true;
            }

            if (current is IMethodSymbol { AssociatedSymbol: { } property } && Find(property) is not null)
            {
                return true;
            }
        }

        return false;
    }

    public static AttributeData? Find(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == AttributeName)
            {
                return attribute;
            }
        }

        return null;
    }
}

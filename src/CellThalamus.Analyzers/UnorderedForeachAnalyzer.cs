using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CellThalamus.Analyzers;

/// <summary>
/// CTH030: foreach over a hash-ordered collection (HashSet, Dictionary and their Keys/Values, their interfaces,
/// immutable and frozen variants). CTH031: foreach over a file-system listing (Directory.GetFiles, ...).
/// The loop is fine when its collection expression contains an explicit ordering (OrderBy, Order, ThenBy, a Sort).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnorderedForeachAnalyzer : DeterminismAnalyzer
{
    private static readonly string[] HashOrderedTypes =
    {
        "System.Collections.Generic.HashSet`1",
        "System.Collections.Generic.Dictionary`2",
        "System.Collections.Generic.Dictionary`2+KeyCollection",
        "System.Collections.Generic.Dictionary`2+ValueCollection",
        "System.Collections.Generic.ISet`1",
        "System.Collections.Generic.IReadOnlySet`1",
        "System.Collections.Generic.IDictionary`2",
        "System.Collections.Generic.IReadOnlyDictionary`2",
        "System.Collections.Hashtable",
        "System.Collections.ObjectModel.ReadOnlyDictionary`2",
        "System.Collections.ObjectModel.ReadOnlySet`1",
        "System.Collections.Immutable.ImmutableHashSet`1",
        "System.Collections.Immutable.ImmutableDictionary`2",
        "System.Collections.Immutable.IImmutableSet`1",
        "System.Collections.Immutable.IImmutableDictionary`2",
        "System.Collections.Frozen.FrozenSet`1",
        "System.Collections.Frozen.FrozenDictionary`2",
    };

    private static readonly ImmutableHashSet<string> FileSystemListings = ImmutableHashSet.Create(
        "GetFiles", "EnumerateFiles", "GetDirectories", "EnumerateDirectories",
        "GetFileSystemEntries", "EnumerateFileSystemEntries", "GetFileSystemInfos", "EnumerateFileSystemInfos");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.HashOrderedForeach, Rules.FileSystemForeach);

    protected override void Register(AnalysisContext context) =>
        context.RegisterCompilationStartAction(start =>
        {
            var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (var name in HashOrderedTypes)
            {
                if (start.Compilation.GetTypeByMetadataName(name) is { } type)
                {
                    builder.Add(type);
                }
            }

            var hashOrdered = builder.ToImmutable();
            var directory = start.Compilation.GetTypeByMetadataName("System.IO.Directory");
            var directoryInfo = start.Compilation.GetTypeByMetadataName("System.IO.DirectoryInfo");
            start.RegisterOperationAction(context => Check(context, hashOrdered, directory, directoryInfo), OperationKind.Loop);
        });

    private static void Check(
        OperationAnalysisContext context, ImmutableArray<INamedTypeSymbol> hashOrdered, INamedTypeSymbol? directory, INamedTypeSymbol? directoryInfo)
    {
        if (context.Operation is not IForEachLoopOperation loop)
        {
            return;
        }

        // Walk from the loop's collection down its fluent chain (Where, Select, Keys, ...) to the source.
        var collection = loop.Collection.WithoutConversions();
        for (var current = collection; current is not null;)
        {
            if (HashOrderedType(current.Type, hashOrdered) is { } type)
            {
                Report(context, Rules.HashOrderedForeach, collection.Syntax.GetLocation(), collection.Syntax.ToString(), type.Name);
                return;
            }

            switch (current)
            {
                case IInvocationOperation call when OperationExtensions.IsOrderingName(call.TargetMethod.Name):
                    return;
                case IInvocationOperation call
                    when FileSystemListings.Contains(call.TargetMethod.Name)
                        && (SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, directory)
                            || SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, directoryInfo)):
                    Report(context, Rules.FileSystemForeach, collection.Syntax.GetLocation(), collection.Syntax.ToString());
                    return;
                case IInvocationOperation { TargetMethod.IsExtensionMethod: true, Arguments.Length: > 0 } call
                    when call.TargetMethod.ContainingNamespace?.ToDisplayString() == "System.Linq":
                    current = call.Arguments[0].Value.WithoutConversions();
                    break;
                case IPropertyReferenceOperation { Property.Name: "Keys" or "Values", Instance: { } owner }:
                    current = owner.WithoutConversions();
                    break;
                default:
                    return;
            }
        }
    }

    private static INamedTypeSymbol? HashOrderedType(ITypeSymbol? type, ImmutableArray<INamedTypeSymbol> hashOrdered)
    {
        foreach (var candidate in hashOrdered)
        {
            if (type.IsOrDerivesFrom(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

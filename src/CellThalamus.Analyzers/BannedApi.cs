using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CellThalamus.Analyzers;

/// <summary>
/// One entry of the ban list: members of one type (all of them when <see cref="Members"/> is null),
/// why each is nondeterministic, and what to use instead.
/// </summary>
public sealed class BannedApi
{
    public BannedApi(
        DiagnosticDescriptor rule,
        string typeMetadataName,
        string[]? members,
        string why,
        string instead,
        Func<IOperation, ISymbol, bool>? applies = null)
    {
        Rule = rule;
        TypeMetadataName = typeMetadataName;
        Members = members is null ? null : ImmutableHashSet.Create(StringComparer.Ordinal, members);
        Why = why;
        Instead = instead;
        Applies = applies;
    }

    public DiagnosticDescriptor Rule { get; }

    public string TypeMetadataName { get; }

    /// <summary>Member names (".ctor" for constructors); null bans every member of the type.</summary>
    public ImmutableHashSet<string>? Members { get; }

    public string Why { get; }

    public string Instead { get; }

    /// <summary>Narrows the ban to some overloads or call shapes; null bans every use.</summary>
    public Func<IOperation, ISymbol, bool>? Applies { get; }

    public bool Matches(IOperation use, ISymbol member) =>
        (Members is null || Members.Contains(member.Name)) && (Applies is null || Applies(use, member));
}

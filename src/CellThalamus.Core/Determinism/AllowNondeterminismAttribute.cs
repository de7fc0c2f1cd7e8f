namespace CellThalamus.Core.Determinism;

/// <summary>
/// Suppresses the determinism analyzer's rules (CTH0xx) inside the marked member or type. Each use is logged as
/// CTH090 with its reason, and an empty reason is an error (CTH091). The analyzer matches this attribute by simple
/// name, so it needs no reference to this assembly.
/// </summary>
[AttributeUsage(
    AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Constructor,
    Inherited = false)]
public sealed class AllowNondeterminismAttribute : Attribute
{
    public AllowNondeterminismAttribute(string reason)
    {
        Reason = reason;
    }

    /// <summary>Why nondeterminism is harmless here, e.g. "progress bar: console output only".</summary>
    public string Reason { get; }
}

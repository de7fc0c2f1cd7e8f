using CellThalamus.Core.Model;

namespace CellThalamus.Model.Tests;

/// <summary>The well subsets MODEL.md section 5 talks about.</summary>
internal static class WellSelection
{
    /// <summary>DMSO and every vehicle well: nothing was dosed.</summary>
    public static bool IsZeroDose(this WellResult r) => r.Well.DoseUm == 0;

    public static bool IsEdge(this WellResult r) => r.Well.Format.IsEdge(r.Well.WellId);

    public static bool Failed(this WellResult r) => r.WellFailure is not null;

    /// <summary>Cell lines in ordinal order, so printed tables and failure messages are stable.</summary>
    public static IEnumerable<string> CellLines(this IEnumerable<WellResult> results) =>
        results.Select(r => r.Well.CellLine).Distinct().Order(StringComparer.Ordinal);
}

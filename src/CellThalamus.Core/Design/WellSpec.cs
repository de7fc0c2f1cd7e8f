namespace CellThalamus.Core.Design;

/// <summary>One well of a design: what was put where, when it is read. Doses are nominal micromolar.</summary>
public sealed record WellSpec(
    string PlateId,
    string WellId,
    string CellLine,
    string Compound,
    double DoseUm,
    double TimepointH,
    int Day,
    string Operator,
    bool IsSentinel,
    PlateFormat Format)
{
    /// <summary>The physical-well key that addresses this well's random draws: plate_id|cell_line|well_id.</summary>
    public string EntityKey => PlateId + "|" + CellLine + "|" + WellId;
}

using CellThalamus.Core.Identity;

namespace CellThalamus.Core.Design;

/// <summary>The distinct cell lines, compounds, doses and timepoints of a design, gathered as wells stream past.</summary>
public sealed class DesignSummary
{
    private readonly SortedSet<string> _cellLines = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _compounds = new(StringComparer.Ordinal);
    private readonly SortedSet<double> _doses = [];
    private readonly SortedSet<double> _timepoints = [];

    public long Wells { get; private set; }

    public void Add(WellSpec well)
    {
        Wells++;
        _cellLines.Add(well.CellLine);
        _compounds.Add(well.Compound);
        _doses.Add(well.DoseUm);
        _timepoints.Add(well.TimepointH);
    }

    public string CellLinesJson => CanonicalJson.Serialize(_cellLines.ToList());

    public string CompoundsJson => CanonicalJson.Serialize(_compounds.ToList());

    public string DosesJson => CanonicalJson.Serialize(_doses.ToList());

    public string TimepointsJson => CanonicalJson.Serialize(_timepoints.ToList());
}

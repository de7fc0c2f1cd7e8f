using System.Collections.Immutable;
using System.Globalization;
using CellThalamus.Core.Parameters;

namespace CellThalamus.Core.Design;

/// <summary>The built-in modes of MODEL.md section 2.</summary>
public static class BuiltInDesigns
{
    public static readonly ImmutableArray<string> Modes = ["benchmark", "demo", "full"];

    /// <summary>Reserved on every 96-well plate, for every cell line, after its experimental wells.</summary>
    public static readonly ImmutableArray<(string Compound, double DoseUm, string WellId)> Sentinels =
    [
        ("DMSO", 0.0, "A01"), ("DMSO", 0.0, "A12"), ("DMSO", 0.0, "H01"), ("DMSO", 0.0, "H12"),
        ("tBHQ", 10.0, "A06"), ("tBHQ", 10.0, "H06"),
        ("tunicamycin", 2.0, "D06"), ("tunicamycin", 2.0, "E06"),
    ];

    /// <summary>A campaign laid out plate by plate: loop day, operator, replicate, timepoint.</summary>
    public sealed record CampaignLayout(
        ImmutableArray<string> CellLines,
        ImmutableArray<string> Compounds,
        ImmutableArray<double> DoseLevels,
        ImmutableArray<double> Timepoints,
        ImmutableArray<int> Days,
        ImmutableArray<string> Operators,
        int Replicates);

    public static readonly CampaignLayout Benchmark = new(
        ["A549", "HepG2"], ["tBHQ", "tunicamycin", "CCCP", "etoposide"], [0, 0.1, 1, 10], [12.0], [1], ["Operator_A"], 1);

    public static readonly CampaignLayout Full = new(
        ["A549", "HepG2"],
        ["tBHQ", "H2O2", "tunicamycin", "thapsigargin", "CCCP", "oligomycin", "etoposide", "MG132", "nocodazole", "paclitaxel"],
        [0, 0.1, 1, 10], [12.0, 48.0], [1, 2], ["Operator_A", "Operator_B"], 3);

    /// <summary>The wells of a mode, in design order, lazily (a large --replicates campaign is never held in memory).</summary>
    public static IEnumerable<WellSpec> Wells(string mode, ParameterSet parameters, int? replicates = null)
    {
        if (replicates is < 1)
        {
            throw new DesignException($"replicates must be a positive whole number, got {replicates}");
        }

        return mode switch
        {
            "demo" => Demo(),
            "benchmark" => Campaign(Benchmark with { Replicates = replicates ?? Benchmark.Replicates }, parameters),
            "full" => Campaign(Full with { Replicates = replicates ?? Full.Replicates }, parameters),
            _ => throw new DesignException($"unknown mode '{mode}'; expected one of {string.Join(", ", Modes)}"),
        };
    }

    private static IEnumerable<WellSpec> Demo()
    {
        WellSpec Well(string compound, double dose, string wellId) =>
            new("Demo_Plate_1", wellId, "A549", compound, dose, 12.0, 1, "Demo", false, PlateFormat.Plate96);
        yield return Well("tBHQ", 0.0, "A01");
        yield return Well("tBHQ", 10.0, "A02");
        yield return Well("tunicamycin", 0.0, "A03");
        yield return Well("tunicamycin", 10.0, "A04");
    }

    public static IEnumerable<WellSpec> Campaign(CampaignLayout layout, ParameterSet parameters)
    {
        var format = PlateFormat.Plate96;
        var reserved = Sentinels.Select(s => s.WellId).ToHashSet(StringComparer.Ordinal);
        var positions = new List<string>();
        for (var row = 0; row < format.Rows; row++)
        {
            for (var column = 0; column < format.Columns; column++)
            {
                var id = format.WellId(row, column);
                if (!reserved.Contains(id))
                {
                    positions.Add(id);
                }
            }
        }

        var ec50 = layout.Compounds.Select(c => parameters.Compounds.TryGetValue(c, out var compound) ? compound.Ec50Um
            : throw new DesignException($"unknown compound '{c}'; expected one of {string.Join(", ", parameters.Compounds.Keys)}")).ToArray();

        foreach (var day in layout.Days)
        {
            foreach (var op in layout.Operators)
            {
                for (var replicate = 1; replicate <= layout.Replicates; replicate++)
                {
                    foreach (var t in layout.Timepoints)
                    {
                        var plateId = string.Create(CultureInfo.InvariantCulture, $"Plate_{replicate}_Day{day}_{op}_T{t:0.0}h");
                        var next = 0;
                        foreach (var line in layout.CellLines)
                        {
                            for (var c = 0; c < layout.Compounds.Length; c++)
                            {
                                foreach (var level in layout.DoseLevels)
                                {
                                    if (next >= positions.Count)
                                    {
                                        throw new DesignException($"plate {plateId} has only {positions.Count} free positions for its experimental wells");
                                    }

                                    // One IEEE multiplication, as the reference runner did: 0.1 * 30.0 is 3.0000000000000004.
                                    yield return new WellSpec(plateId, positions[next++], line, layout.Compounds[c], level * ec50[c], t, day, op, false, format);
                                }
                            }
                        }

                        foreach (var line in layout.CellLines)
                        {
                            foreach (var (compound, dose, wellId) in Sentinels)
                            {
                                yield return new WellSpec(plateId, wellId, line, compound, dose, t, day, op, true, format);
                            }
                        }
                    }
                }
            }
        }
    }
}

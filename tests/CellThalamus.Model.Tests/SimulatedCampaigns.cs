using CellThalamus.Core.Design;
using CellThalamus.Core.Model;
using CellThalamus.Core.Parameters;

namespace CellThalamus.Model.Tests;

/// <summary>The `full` campaign simulated in memory, once per test run: default over seeds 0-9 (MODEL.md section 5), legacy at seed 0.</summary>
internal static class SimulatedCampaigns
{
    public static readonly ulong[] AcceptanceSeeds = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

    public static readonly ParameterSet DefaultParameters = ParameterProfiles.Load(ParameterProfiles.Default);

    public static readonly ParameterSet LegacyParameters = ParameterProfiles.Load(ParameterProfiles.Legacy);

    private static readonly Lazy<IReadOnlyList<WellResult>> DefaultRuns = new(() => Simulate(DefaultParameters, AcceptanceSeeds));

    private static readonly Lazy<IReadOnlyList<WellResult>> LegacyRun = new(() => Simulate(LegacyParameters, [0]));

    /// <summary>23,040 wells: 2,304 per seed, seeds 0-9.</summary>
    public static IReadOnlyList<WellResult> DefaultFull => DefaultRuns.Value;

    public static IReadOnlyList<WellResult> LegacyFull => LegacyRun.Value;

    private static List<WellResult> Simulate(ParameterSet parameters, IEnumerable<ulong> seeds)
    {
        var results = new List<WellResult>();
        foreach (var seed in seeds)
        {
            var model = new WellModel(parameters, seed);
            results.AddRange(BuiltInDesigns.Wells("full", parameters).Select(model.Simulate));
        }

        return results;
    }
}

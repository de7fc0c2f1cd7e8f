using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;

namespace CellThalamus.Core.Parameters;

/// <summary>The embedded profiles and the strict builder that turns merged YAML into a <see cref="ParameterSet"/>.</summary>
public static class ParameterProfiles
{
    public const string Default = "default";
    public const string Legacy = "legacy-2025-12";

    public static readonly ImmutableArray<string> Names = [Default, Legacy];

    /// <summary>A parameter text layered over the profile (for example a --params file), with its name for error messages.</summary>
    public sealed record Overlay(string Text, string FileName);

    public static ParameterSet Load(string profile, IEnumerable<Overlay>? overlays = null, DateTimeOffset? campaignStart = null)
    {
        if (!Names.Contains(profile))
        {
            throw new ArgumentException($"unknown profile '{profile}'; expected one of {string.Join(", ", Names.Order(StringComparer.Ordinal))}");
        }

        var tree = ParameterYaml.Parse(Embedded("tables.yaml"), "tables.yaml")
            .MergedWith(ParameterYaml.Parse(Embedded(profile + ".yaml"), profile + ".yaml"));
        foreach (var overlay in overlays ?? [])
        {
            var layer = ParameterYaml.Parse(overlay.Text, overlay.FileName);
            if (layer.Find("profile") is { } named)
            {
                // The profile name is provenance written into every database; only the profile itself may set it.
                throw new ParameterException(named.Source, "'profile' cannot be set in a parameter file; choose the profile with --profile");
            }

            tree = tree.MergedWith(layer);
        }

        if (campaignStart is { } start)
        {
            var source = new SourceLocation("SOURCE_DATE_EPOCH", 0, 0);
            tree = tree.MergedWith(new MapNode(
                [new("campaign", new MapNode([new("start", new ScalarNode(CampaignClock.Format(start), true, source))], source))], source));
        }

        return Build(tree);
    }

    /// <summary>The embedded text of a profile file, for `params` and documentation.</summary>
    public static string Embedded(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CellThalamus.Core.Parameters." + fileName)
            ?? throw new InvalidOperationException($"embedded parameter file {fileName} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static ParameterSet Build(MapNode tree)
    {
        var root = new MapReader(tree, string.Empty);
        var profile = root.Text("profile");

        var campaign = root.Map("campaign");
        var startText = campaign.Text("start");
        if (!DateTimeOffset.TryParseExact(startText, CampaignClock.IsoFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var campaignStart))
        {
            throw campaign.Error("start", $"expected a UTC time like 2025-12-01T09:00:00Z, found '{startText}'");
        }

        campaign.EnsureAllRead();

        var axes = ReadAxes(root.Map("stress_axes"));
        var compounds = ReadCompounds(root.Map("compounds"));
        var cellLines = ReadCellLines(root.Map("cell_lines"), compounds);
        var (floors, ceilings) = ReadBounds(root.Map("channel_bounds"));
        var noise = ReadNoise(root.Map("noise"));

        var physics = root.Map("physics_noise");
        var physicsNoise = new PhysicsNoise(physics.Number("dose_log_sd", Bound.NonNegative), physics.Number("seeding_log_sd", Bound.NonNegative), physics.Number("seeding_stress_max", Bound.Fraction));
        physics.EnsureAllRead();

        var fixes = root.Map("corrections");
        var corrections = new Corrections(fixes.Flag("clamp_morphology"), fixes.Flag("ldh_from_viability"));
        fixes.EnsureAllRead();
        root.EnsureAllRead();

        return new ParameterSet(profile, campaignStart, compounds, cellLines, axes, floors, ceilings, noise, physicsNoise, corrections, root.Output);
    }

    private static ImmutableArray<AxisEffect> ReadAxes(MapReader map)
    {
        var effects = new AxisEffect[Vocabulary.AxisNames.Length];
        for (var a = 0; a < effects.Length; a++)
        {
            var axis = map.Map(Vocabulary.AxisNames[a]);
            var rate = axis.Number("attrition_rate", Bound.Fraction);
            var morphology = axis.Map("morphology");
            var adapt = new double[Vocabulary.ChannelCount];
            var damage = new double[Vocabulary.ChannelCount];
            for (var c = 0; c < Vocabulary.ChannelCount; c++)
            {
                (adapt[c], damage[c]) = morphology.Pair(Vocabulary.ChannelNames[c], Bound.Any);
            }

            morphology.EnsureAllRead();
            axis.EnsureAllRead();
            effects[a] = new AxisEffect(rate, [.. adapt], [.. damage]);
        }

        map.EnsureAllRead();
        return [.. effects];
    }

    private static ImmutableSortedDictionary<string, Compound> ReadCompounds(MapReader map)
    {
        var compounds = ImmutableSortedDictionary.CreateBuilder<string, Compound>(StringComparer.Ordinal);
        foreach (var name in map.Keys.ToList())
        {
            if (name == Vocabulary.Vehicle)
            {
                throw map.Error(name, "DMSO is the vehicle and takes no parameters");
            }

            WithCaseHint(map, name, () =>
            {
                var entry = map.Map(name);
                var axisName = entry.Text("stress_axis", Vocabulary.AxisNames);
                compounds[name] = new Compound(
                    name,
                    entry.Number("ec50_uM", Bound.Positive),
                    entry.Number("hill", Bound.Positive),
                    (StressAxis)Vocabulary.AxisNames.IndexOf(axisName),
                    entry.Number("intensity", Bound.NonNegative));
                entry.EnsureAllRead();
            });
        }

        map.EnsureAllRead();
        return compounds.ToImmutable();
    }

    private static ImmutableSortedDictionary<string, CellLine> ReadCellLines(MapReader map, ImmutableSortedDictionary<string, Compound> compounds)
    {
        var lines = ImmutableSortedDictionary.CreateBuilder<string, CellLine>(StringComparer.Ordinal);
        foreach (var name in map.Keys.ToList())
        {
            WithCaseHint(map, name, () => lines[name] = ReadCellLine(map, name, compounds));
        }

        map.EnsureAllRead();
        return lines.ToImmutable();
    }

    /// <summary>
    /// A key that differs from an existing name only in letter case (cccp for CCCP) reads as a new entry and fails
    /// for its missing fields; say what was probably meant.
    /// </summary>
    private static void WithCaseHint(MapReader map, string name, Action read)
    {
        try
        {
            read();
        }
        catch (ParameterException e) when (map.Keys.FirstOrDefault(k => k != name && string.Equals(k, name, StringComparison.OrdinalIgnoreCase)) is { } meant)
        {
            var problem = e.Message[(e.Location.ToString().Length + 2)..];
            throw new ParameterException(e.Location, $"{problem} (did you mean {meant}? names are case-sensitive)");
        }
    }

    private static CellLine ReadCellLine(MapReader map, string name, ImmutableSortedDictionary<string, Compound> compounds)
    {
        var entry = map.Map(name);
        var baseline = entry.Channels("baseline", Bound.Positive, missing: null);
        var prolif = entry.Number("proliferation_index", Bound.NonNegative);
        var dependency = entry.Number("functional_dependency", Bound.NonNegative);
        var fraction = entry.Number("morph_ec50_fraction", Bound.Positive);
        var ldh = entry.Number("ldh_baseline", Bound.NonNegative);
        var axonal = entry.Flag("axonal_transport");

        var ic50 = entry.Map("ic50_multipliers");
        var multipliers = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var compound in ic50.Keys.ToList())
        {
            if (!compounds.ContainsKey(compound))
            {
                throw ic50.Error(compound, $"unknown compound; expected one of {string.Join(", ", compounds.Keys)}");
            }

            multipliers[compound] = ic50.Number(compound, Bound.Positive);
        }

        ic50.EnsureAllRead();

        var axisMap = entry.Map("axis_multipliers");
        var axisMultipliers = new double[Vocabulary.AxisNames.Length];
        for (var a = 0; a < axisMultipliers.Length; a++)
        {
            var axis = Vocabulary.AxisNames[a];
            axisMultipliers[a] = axisMap.Has(axis) ? axisMap.Number(axis, Bound.NonNegative) : 1.0;
        }

        axisMap.EnsureAllRead();
        var loss = entry.Channels("microtubule_morphology_loss", Bound.Fraction, missing: 0.0);
        entry.EnsureAllRead();
        return new CellLine(name, baseline, prolif, dependency, fraction, ldh, axonal, multipliers.ToImmutable(), [.. axisMultipliers], loss);
    }

    private static (ImmutableArray<double> Floors, ImmutableArray<double> Ceilings) ReadBounds(MapReader map)
    {
        var floors = new double[Vocabulary.ChannelCount];
        var ceilings = new double[Vocabulary.ChannelCount];
        for (var c = 0; c < floors.Length; c++)
        {
            var channel = Vocabulary.ChannelNames[c];
            (floors[c], ceilings[c]) = map.Pair(channel, Bound.NonNegative);
            if (floors[c] > ceilings[c])
            {
                throw map.Error(channel, "the floor is above the ceiling");
            }
        }

        map.EnsureAllRead();
        return ([.. floors], [.. ceilings]);
    }

    private static NoiseParameters ReadNoise(MapReader map)
    {
        var kindsMap = map.Map("failure_kinds");
        var kinds = new List<FailureKind>();
        foreach (var name in kindsMap.Keys.Order(StringComparer.Ordinal).ToList())
        {
            var kind = kindsMap.Map(name);
            var weight = kind.Number("weight", Bound.NonNegative);
            var (low, high) = kind.Pair("scale", Bound.NonNegative);
            kind.EnsureAllRead();
            kinds.Add(new FailureKind(name, weight, low, high));
        }

        kindsMap.EnsureAllRead();
        if (kinds.Sum(k => k.Weight) <= 0)
        {
            throw map.Error("failure_kinds", "the failure kind weights must not all be zero");
        }

        var noise = new NoiseParameters(
            map.Number("morphology_cv", Bound.NonNegative),
            map.Number("plate_cv", Bound.NonNegative),
            map.Number("day_cv", Bound.NonNegative),
            map.Number("operator_cv", Bound.NonNegative),
            map.Number("well_cv", Bound.NonNegative),
            map.Number("edge_factor", Bound.NonNegative),
            map.Number("ldh_cv", Bound.NonNegative),
            map.Number("seeding_stress", Bound.Fraction),
            map.Number("failure_rate", Bound.Fraction),
            [.. kinds]);
        map.EnsureAllRead();
        return noise;
    }
}

using System.Globalization;
using CellThalamus.Core.Design;
using CellThalamus.Core.Parameters;
using CellThalamus.Core.Randomness;
using static CellThalamus.Core.Numerics.DeterministicMath;

namespace CellThalamus.Core.Model;

/// <summary>
/// One well, exactly as MODEL.md section 3: a pure function of the design row, the parameters and the keyed draws.
/// Physics reads only the growth and treatment streams; the assay reads only the assay stream.
/// </summary>
public sealed class WellModel
{
    public const string SimVersion = "1";

    private const int Channels = Vocabulary.ChannelCount;
    private readonly ParameterSet _p;
    private readonly KeyedRandom _random;

    public WellModel(ParameterSet parameters, ulong seed)
    {
        _p = parameters;
        _random = new KeyedRandom(seed);
    }

    public ParameterSet Parameters => _p;

    public WellResult Simulate(WellSpec well) => Measure(well, Physics(well));

    /// <summary>Steps 1-5 and 10-11: potency, instant effect, noise-free morphology, dysfunction, attrition, death.</summary>
    public WellPhysics Physics(WellSpec well)
    {
        var cell = CellLineOf(well);
        var compound = CompoundOf(well);
        var growth = _random.For(RandomStream.Growth, well.EntityKey);
        var treatment = _random.For(RandomStream.Treatment, well.EntityKey);

        var doseSd = _p.PhysicsNoise.DoseLogSd;
        var dose = well.DoseUm > 0 ? well.DoseUm * Exp(doseSd * treatment.Normal(Draws.DeliveredDose)) : 0.0;

        var seedSd = _p.PhysicsNoise.SeedingLogSd;
        var seeding = _p.Noise.SeedingStress * Exp((seedSd * growth.Normal(Draws.SeedingStress)) - (seedSd * seedSd / 2));
        seeding = Math.Clamp(seeding, 0.0, _p.PhysicsNoise.SeedingStressMax);

        var effect = 1.0;
        var ic50 = 1.0;
        var micro = compound?.Axis == StressAxis.Microtubule;
        if (compound is not null && dose > 0)
        {
            double multiplier, hill;
            if (micro)
            {
                var m = 1 / Math.Max(cell.ProliferationIndex, 0.3);
                multiplier = Math.Clamp(m * (1 + (0.2 * cell.FunctionalDependency)), 0.3, 5.0);
                hill = compound.Hill * (0.8 + (0.4 * cell.ProliferationIndex));
            }
            else
            {
                multiplier = cell.Ic50Multipliers.GetValueOrDefault(compound.Name, 1.0);
                hill = compound.Hill;
            }

            ic50 = Math.Max(1e-9, compound.Ec50Um * multiplier);
            effect = 1 / (1 + Pow(dose / ic50, hill));
        }

        Span<double> morphology = stackalloc double[Channels];
        TrueMorphology(well, cell, compound, dose, effect, morphology);

        var dysfunction = 0.0;
        if (cell.AxonalTransport && micro)
        {
            var actinLoss = Math.Max(0, 1 - (morphology[(int)Channel.Actin] / cell.Baseline[(int)Channel.Actin]));
            var mitoLoss = Math.Max(0, 1 - (morphology[(int)Channel.Mito] / cell.Baseline[(int)Channel.Mito]));
            dysfunction = Math.Clamp((actinLoss + mitoLoss) / 2, 0.0, 1.0);
        }

        var survival = effect;
        var t = well.TimepointH;
        if (compound is not null && dose > 0 && t > 12 && effect < 0.5)
        {
            var r = dose / ic50;
            if (r >= 1)
            {
                var rate = cell.AxonalTransport && micro
                    ? 0.25 * (1 + (2 * dysfunction * dysfunction))
                    : _p.Effect(compound.Axis).AttritionRate;
                survival = Math.Max(0.01, effect * (1 - (rate * r / (1 + r) * (t - 12) / 36)));
            }
        }

        return new WellPhysics(dose, seeding, effect, survival, Morphology.From(morphology), dysfunction, DeathAccounting.Account(seeding, survival));
    }

    /// <summary>Steps 6-9: biological noise, technical factors, edge effect, well failure, LDH.</summary>
    public WellResult Measure(WellSpec well, WellPhysics physics)
    {
        var cell = CellLineOf(well);
        var compound = CompoundOf(well);
        var noise = _p.Noise;
        var assay = _random.For(RandomStream.Assay, well.EntityKey);

        Span<double> values = stackalloc double[Channels];
        var cv = noise.MorphologyCv * (1 + (1 - physics.InstantEffect));
        for (var c = 0; c < Channels; c++)
        {
            values[c] = physics.TrueMorphology[c] * (1 + (cv * assay.Normal(Draws.BiologicalNoise, (uint)c)));
        }

        var tech = BatchFactor(noise.PlateCv, "plate|" + well.PlateId, Draws.PlateFactor)
            * BatchFactor(noise.DayCv, "day|" + well.Day.ToString(CultureInfo.InvariantCulture), Draws.DayFactor)
            * BatchFactor(noise.OperatorCv, "operator|" + well.Operator, Draws.OperatorFactor)
            * (1 + (noise.WellCv * assay.Normal(Draws.WellFactor)));
        if (well.Format.IsEdge(well.WellId))
        {
            tech *= noise.EdgeFactor;
        }

        for (var c = 0; c < Channels; c++)
        {
            values[c] = Math.Max(0, values[c] * tech);
        }

        string? failure = null;
        if (assay.Uniform(Draws.Failure, 0) < noise.FailureRate)
        {
            var kind = PickFailure(noise.FailureKinds, assay.Uniform(Draws.Failure, 1));
            failure = kind.Name;
            for (var c = 0; c < Channels; c++)
            {
                values[c] *= assay.Uniform(Draws.FailureScale, (uint)c, kind.ScaleLow, kind.ScaleHigh);
            }
        }

        double ldh;
        var ldhNoise = 1 + (noise.LdhCv * assay.Normal(Draws.LdhNoise));
        if (_p.Corrections.LdhFromViability)
        {
            ldh = cell.LdhBaseline * (1 - physics.Death.Viability) * ldhNoise * tech;
        }
        else
        {
            var dosed = compound is not null && well.DoseUm > 0;
            ldh = (dosed ? cell.LdhBaseline * (1 - physics.Survival) : 0.0) * ldhNoise * tech;
        }

        return new WellResult(well, physics, Morphology.From(values), Math.Max(0, ldh), failure, CampaignClock.ReadoutTime(_p.CampaignStart, well.Day, well.TimepointH));
    }

    /// <summary>A plate, day or operator factor: one draw per key, shared by every well that carries it.</summary>
    private double BatchFactor(double cv, string entity, DrawTag tag) =>
        1 + (cv * _random.For(RandomStream.Assay, entity).Normal(tag));

    private static FailureKind PickFailure(IReadOnlyList<FailureKind> kinds, double u)
    {
        var total = kinds.Sum(k => k.Weight);
        var cumulative = 0.0;
        foreach (var kind in kinds)
        {
            cumulative += kind.Weight / total;
            if (u < cumulative)
            {
                return kind;
            }
        }

        return kinds.Last(k => k.Weight > 0);
    }

    private void TrueMorphology(WellSpec well, CellLine cell, Compound? compound, double dose, double effect, Span<double> values)
    {
        for (var c = 0; c < Channels; c++)
        {
            values[c] = cell.Baseline[c];
        }

        if (compound is null || dose <= 0)
        {
            return;
        }

        var xh = Pow(dose / compound.Ec50Um, compound.Hill);
        var adaptive = 4 * xh / ((1 + xh) * (1 + xh));
        var damage = 1 - effect;
        var (wA, wD) = well.TimepointH <= 12 ? (1.0, 0.30) : (0.30, 1.0);
        var axis = _p.Effect(compound.Axis);
        var scale = compound.Intensity * cell.AxisMultipliers[(int)compound.Axis];
        for (var c = 0; c < Channels; c++)
        {
            values[c] = cell.Baseline[c] * (1 + (scale * ((wA * axis.Adapt[c] * adaptive) + (wD * axis.Damage[c] * damage))));
        }

        if (compound.Axis == StressAxis.Microtubule)
        {
            var occupancy = dose / (dose + (compound.Ec50Um * cell.MorphEc50Fraction));
            for (var c = 0; c < Channels; c++)
            {
                values[c] *= 1 - (cell.MicrotubuleMorphologyLoss[c] * occupancy);
            }
        }

        if (_p.Corrections.ClampMorphology)
        {
            for (var c = 0; c < Channels; c++)
            {
                values[c] = Math.Clamp(values[c], _p.ChannelFloors[c] * cell.Baseline[c], _p.ChannelCeilings[c] * cell.Baseline[c]);
            }
        }
    }

    private CellLine CellLineOf(WellSpec well) =>
        _p.CellLines.TryGetValue(well.CellLine, out var line) ? line
            : throw new DesignException($"unknown cell line '{well.CellLine}'; expected one of {string.Join(", ", _p.CellLines.Keys)}");

    private Compound? CompoundOf(WellSpec well) =>
        well.Compound == Vocabulary.Vehicle ? null
            : _p.Compounds.TryGetValue(well.Compound, out var compound) ? compound
            : throw new DesignException($"unknown compound '{well.Compound}'; expected one of {string.Join(", ", _p.Compounds.Keys.Append(Vocabulary.Vehicle).Order(StringComparer.Ordinal))}");
}

using System.Collections.Immutable;

namespace CellThalamus.Core.Parameters;

/// <summary>The five Cell Painting channels, always in this order.</summary>
public enum Channel
{
    Er,
    Mito,
    Nucleus,
    Actin,
    Rna,
}

public enum StressAxis
{
    Oxidative,
    ErStress,
    Mitochondrial,
    DnaDamage,
    Proteasome,
    Microtubule,
}

public static class Vocabulary
{
    public const int ChannelCount = 5;

    public static readonly ImmutableArray<string> ChannelNames = ["er", "mito", "nucleus", "actin", "rna"];

    public static readonly ImmutableArray<string> AxisNames = ["oxidative", "er_stress", "mitochondrial", "dna_damage", "proteasome", "microtubule"];

    /// <summary>The vehicle: no axis, no effect.</summary>
    public const string Vehicle = "DMSO";

    public static string Name(this StressAxis axis) => AxisNames[(int)axis];
}

public sealed record Compound(string Name, double Ec50Um, double Hill, StressAxis Axis, double Intensity);

public sealed record CellLine(
    string Name,
    ImmutableArray<double> Baseline,
    double ProliferationIndex,
    double FunctionalDependency,
    double MorphEc50Fraction,
    double LdhBaseline,
    bool AxonalTransport,
    ImmutableDictionary<string, double> Ic50Multipliers,
    ImmutableArray<double> AxisMultipliers,
    ImmutableArray<double> MicrotubuleMorphologyLoss);

/// <summary>Morphology effect of a stress axis: (adapt, damage) per channel, and its late attrition rate.</summary>
public sealed record AxisEffect(double AttritionRate, ImmutableArray<double> Adapt, ImmutableArray<double> Damage);

public sealed record FailureKind(string Name, double Weight, double ScaleLow, double ScaleHigh);

public sealed record NoiseParameters(
    double MorphologyCv,
    double PlateCv,
    double DayCv,
    double OperatorCv,
    double WellCv,
    double EdgeFactor,
    double LdhCv,
    double SeedingStress,
    double FailureRate,
    ImmutableArray<FailureKind> FailureKinds);

public sealed record PhysicsNoise(double DoseLogSd, double SeedingLogSd, double SeedingStressMax);

/// <summary>The corrections marked [fix] in MODEL.md; all off in the legacy profile.</summary>
public sealed record Corrections(bool ClampMorphology, bool LdhFromViability);

/// <summary>One validated, immutable set of model parameters, with its canonical form for design identity.</summary>
public sealed record ParameterSet(
    string Profile,
    DateTimeOffset CampaignStart,
    ImmutableSortedDictionary<string, Compound> Compounds,
    ImmutableSortedDictionary<string, CellLine> CellLines,
    ImmutableArray<AxisEffect> Axes,
    ImmutableArray<double> ChannelFloors,
    ImmutableArray<double> ChannelCeilings,
    NoiseParameters Noise,
    PhysicsNoise PhysicsNoise,
    Corrections Corrections,
    SortedDictionary<string, object> Canonical)
{
    public AxisEffect Effect(StressAxis axis) => Axes[(int)axis];
}

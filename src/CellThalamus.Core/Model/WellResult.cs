using CellThalamus.Core.Design;

namespace CellThalamus.Core.Model;

/// <summary>The five channel intensities, in channel order (er, mito, nucleus, actin, rna).</summary>
public readonly record struct Morphology(double Er, double Mito, double Nucleus, double Actin, double Rna)
{
    public static Morphology From(ReadOnlySpan<double> v) => new(v[0], v[1], v[2], v[3], v[4]);

    public double this[int channel] => channel switch
    {
        0 => Er,
        1 => Mito,
        2 => Nucleus,
        3 => Actin,
        4 => Rna,
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };
}

/// <summary>Why cells died: the partition compound + confluence + unknown = 1 - viability.</summary>
public readonly record struct DeathAccount(double Viability, double Compound, double Confluence, double Unknown, string? Mode);

/// <summary>What the cells did (growth and treatment streams only): the physics columns, untouched by any measurement.</summary>
public sealed record WellPhysics(
    double EffectiveDoseUm,
    double SeedingStress,
    double InstantEffect,
    double Survival,
    Morphology TrueMorphology,
    double TransportDysfunction,
    DeathAccount Death);

/// <summary>One simulated well: its design row, its physics, and what the assay read.</summary>
public sealed record WellResult(
    WellSpec Well,
    WellPhysics Physics,
    Morphology Measured,
    double Ldh,
    string? WellFailure,
    string Timestamp);

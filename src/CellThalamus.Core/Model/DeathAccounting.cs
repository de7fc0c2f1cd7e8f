namespace CellThalamus.Core.Model;

/// <summary>Death accounting and death mode (MODEL.md section 3, steps 10 and 11).</summary>
public static class DeathAccounting
{
    public const double ModeThreshold = 0.05;

    /// <summary>Below this, death_unknown still names the mode when nothing else killed cells.</summary>
    public const double UnknownOnlyThreshold = 0.01;

    /// <summary>Seeding stress kills a fraction s up front; the compound acts on the survivors; nothing untracked goes to a compound.</summary>
    public static DeathAccount Account(double seedingStress, double survival)
    {
        var viability = (1 - seedingStress) * survival;
        var compound = (1 - seedingStress) * (1 - survival);
        const double confluence = 0.0;
        return new DeathAccount(viability, compound, confluence, seedingStress, Mode(viability, compound, confluence, seedingStress));
    }

    public static string? Mode(double viability, double compound, double confluence, double unknown)
    {
        if (compound > ModeThreshold && confluence > ModeThreshold)
        {
            return "mixed";
        }

        if (compound > ModeThreshold)
        {
            return "compound";
        }

        if (confluence > ModeThreshold)
        {
            return "confluence";
        }

        var unknownThreshold = compound == 0 && confluence == 0 ? UnknownOnlyThreshold : ModeThreshold;
        return unknown > unknownThreshold || viability < 0.5 ? "unknown" : null;
    }
}

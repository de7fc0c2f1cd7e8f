using CellThalamus.Core.Model;

namespace CellThalamus.Core.Tests.Model;

public class DeathAccountingTests
{
    [TestCase(0.02, 1.0)]
    [TestCase(0.02, 0.01)]
    [TestCase(0.2, 0.3333)]
    [TestCase(0.0, 0.5)]
    public void Death_partition_sums_to_one_minus_viability(double seeding, double survival)
    {
        var death = DeathAccounting.Account(seeding, survival);
        Assert.That(death.Compound + death.Confluence + death.Unknown, Is.EqualTo(1 - death.Viability).Within(1e-12));
        Assert.That(death.Unknown, Is.EqualTo(seeding));
    }

    [TestCase(0.5, 0.3, 0.0, 0.2, "compound")]
    [TestCase(0.5, 0.3, 0.1, 0.1, "mixed")]
    [TestCase(0.9, 0.0, 0.08, 0.02, "confluence")]
    [TestCase(0.98, 0.0, 0.0, 0.02, "unknown")]
    [TestCase(0.995, 0.0, 0.0, 0.005, null)]
    [TestCase(0.96, 0.02, 0.0, 0.02, null)]
    [TestCase(0.45, 0.04, 0.0, 0.04, "unknown")]
    public void Death_mode_follows_the_thresholds(double viability, double compound, double confluence, double unknown, string? mode)
    {
        Assert.That(DeathAccounting.Mode(viability, compound, confluence, unknown), Is.EqualTo(mode));
    }
}

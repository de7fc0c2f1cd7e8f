using System.Globalization;
using CellThalamus.Core.Model;
using CellThalamus.Core.Parameters;

namespace CellThalamus.Model.Tests;

/// <summary>
/// A 4PL fit to simulated 12 h viability recovers MODEL.md section 3 step 1 (ic50 = ec50 x ic50_mult, hill_v) for every
/// cell line and compound. At 12 h there is no attrition, so viability = (1 - s) / (1 + (d / ic50)^hill): the fitted top
/// absorbs (1 - s) and the bottom is free.
/// </summary>
public class GroundTruthRecoveryTests
{
    private sealed record Recovery(string CellLine, string Compound, GroundTruth.Potency Truth, HillFit Fit)
    {
        public double Ic50Error => Math.Abs(Fit.Ic50Um / Truth.Ic50Um - 1);

        public double HillError => Math.Abs(Fit.Hill / Truth.Hill - 1);

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"{CellLine} {Compound}: IC50 {Fit.Ic50Um:G6} vs {Truth.Ic50Um:G6} ({Ic50Error:P3}), hill {Fit.Hill:F4} vs {Truth.Hill:F4} ({HillError:P3}), top {Fit.Top:F4}, bottom {Fit.Bottom:F4}, {Fit.Exit}");
    }

    /// <summary>Which dose the fit is given: the nominal dose_uM, or the dose the cells saw after delivery noise.</summary>
    public enum DoseBasis
    {
        Nominal,
        Delivered,
    }

    private static readonly Dictionary<(string, DoseBasis), Lazy<IReadOnlyList<Recovery>>> Recoveries = new()
    {
        [(ParameterProfiles.Default, DoseBasis.Nominal)] = new(() => Recover(SimulatedCampaigns.DefaultParameters, DoseBasis.Nominal)),
        [(ParameterProfiles.Default, DoseBasis.Delivered)] = new(() => Recover(SimulatedCampaigns.DefaultParameters, DoseBasis.Delivered)),
        [(ParameterProfiles.Legacy, DoseBasis.Nominal)] = new(() => Recover(SimulatedCampaigns.LegacyParameters, DoseBasis.Nominal)),
    };

    // The 10% case is the acceptance check: the nominal dose_uM is the only dose a lab (or a database reader) knows, so
    // the 5% per-well delivery noise lands in the fit as it would in a real screen. Over seeds 0-9 the worst of the 60 fits
    // is 4-7% on IC50 and 6-9% on hill, so 10% is a tolerance the noise nearly fills, not a formality.
    // Fitted on the delivered dose only seeding noise is left (the top absorbs it) and 10% would test nothing; there the
    // worst is under 1.7%, so 3% is used, which catches a potency formula off by a few percent (e.g. a dropped
    // (1 + 0.2 x functional_dependency) for A549 microtubule compounds, 4%).
    // Legacy has no physics noise at all: viability is 0.98 / (1 + (d / ic50)^hill) exactly, so 0.1% is fit precision.
    [TestCase(ParameterProfiles.Default, DoseBasis.Nominal, 0.10)]
    [TestCase(ParameterProfiles.Default, DoseBasis.Delivered, 0.03)]
    [TestCase(ParameterProfiles.Legacy, DoseBasis.Nominal, 0.001)]
    public void Fitted_IC50_recovers_ec50_times_ic50_mult_for_every_cell_line_and_compound(string profile, DoseBasis basis, double tolerance)
    {
        AssertRecovered(profile, basis, "IC50", r => r.Ic50Error, tolerance);
    }

    [TestCase(ParameterProfiles.Default, DoseBasis.Nominal, 0.10)]
    [TestCase(ParameterProfiles.Default, DoseBasis.Delivered, 0.03)]
    [TestCase(ParameterProfiles.Legacy, DoseBasis.Nominal, 0.001)]
    public void Fitted_Hill_slope_recovers_hill_v_for_every_cell_line_and_compound(string profile, DoseBasis basis, double tolerance)
    {
        AssertRecovered(profile, basis, "hill", r => r.HillError, tolerance);
    }

    private static void AssertRecovered(string profile, DoseBasis basis, string quantity, Func<Recovery, double> error, double tolerance)
    {
        var recoveries = Recoveries[(profile, basis)].Value;
        var worst = recoveries.MaxBy(error)!;
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{profile}, {basis} dose: worst {quantity} error {error(worst):P3} = {error(worst):E1} ({worst.CellLine} {worst.Compound}), tolerance {tolerance:P1}"));
        Assert.That(recoveries, Has.Count.EqualTo(60), "4 cell lines x 15 compounds");
        Assert.Multiple(() =>
        {
            foreach (var recovery in recoveries)
            {
                TestContext.Out.WriteLine(recovery);
                Assert.That(error(recovery), Is.LessThanOrEqualTo(tolerance), $"{profile}, {basis} dose: {recovery}");
            }
        });
    }

    /// <summary>Seed 0 of the dense design; one 4PL fit per cell line and compound, in ordinal order for a stable printout.</summary>
    private static List<Recovery> Recover(ParameterSet parameters, DoseBasis basis)
    {
        var model = new WellModel(parameters, 0);
        var results = DoseResponseDesign.Wells(parameters).Select(model.Simulate).ToList();
        return results
            .GroupBy(r => (r.Well.CellLine, r.Well.Compound))
            .OrderBy(g => g.Key.CellLine, StringComparer.Ordinal).ThenBy(g => g.Key.Compound, StringComparer.Ordinal)
            .Select(g => new Recovery(
                g.Key.CellLine,
                g.Key.Compound,
                GroundTruth.Of(parameters, g.Key.CellLine, g.Key.Compound),
                HillFit.To([.. g.Select(r => basis == DoseBasis.Nominal ? r.Well.DoseUm : r.Physics.EffectiveDoseUm)], [.. g.Select(r => r.Physics.Death.Viability)])))
            .ToList();
    }
}

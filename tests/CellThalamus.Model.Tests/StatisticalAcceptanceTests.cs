using System.Globalization;
using CellThalamus.Core.Model;
using CellThalamus.Core.Parameters;
using MathNet.Numerics.Statistics;

namespace CellThalamus.Model.Tests;

/// <summary>MODEL.md section 5 and the dose-response shape of section 3, measured on `full`, default profile, seeds 0-9.</summary>
public class StatisticalAcceptanceTests
{
    private static IReadOnlyList<WellResult> Runs => SimulatedCampaigns.DefaultFull;

    [Test]
    public void Zero_dose_CV_per_channel_is_between_2_and_4_percent()
    {
        Assert.Multiple(() =>
        {
            foreach (var line in Runs.CellLines())
            {
                var wells = Runs.Where(r => r.Well.CellLine == line && r.IsZeroDose() && !r.IsEdge() && !r.Failed()).ToList();
                for (var c = 0; c < Vocabulary.ChannelCount; c++)
                {
                    var values = wells.Select(r => r.Measured[c]).ToList();
                    var cv = values.StandardDeviation() / values.Mean();
                    var message = Line($"{line} {Vocabulary.ChannelNames[c]}: zero-dose centre CV {cv:P2} over {values.Count} wells, expected 2%-4%");
                    Assert.That(cv, Is.InRange(0.02, 0.04), message);
                }
            }
        });
    }

    [Test]
    public void Edge_wells_read_088_of_centre_wells_within_001()
    {
        Assert.Multiple(() =>
        {
            foreach (var line in Runs.CellLines())
            {
                var wells = Runs.Where(r => r.Well.CellLine == line && r.IsZeroDose() && !r.Failed()).ToList();
                var edge = wells.Where(r => r.IsEdge()).ToList();
                var centre = wells.Where(r => !r.IsEdge()).ToList();
                for (var c = 0; c < Vocabulary.ChannelCount; c++)
                {
                    var ratio = edge.Select(r => r.Measured[c]).Mean() / centre.Select(r => r.Measured[c]).Mean();
                    var message = Line($"{line} {Vocabulary.ChannelNames[c]}: mean(edge)/mean(centre) {ratio:F4} ({edge.Count} edge, {centre.Count} centre wells), expected 0.88 +/- 0.01");
                    Assert.That(ratio, Is.EqualTo(0.88).Within(0.01), message);
                }
            }
        });
    }

    [Test]
    public void Failure_rate_is_2_percent_within_half_a_point()
    {
        var failed = Runs.Count(r => r.Failed());
        var rate = (double)failed / Runs.Count;
        var message = Line($"failure rate {rate:P3} ({failed} of {Runs.Count} wells), expected 2% +/- 0.5 points");
        Assert.That(rate, Is.EqualTo(0.02).Within(0.005), message);
    }

    // MODEL.md section 1: weights 0.40 / 0.25 / 0.20 normalised by their sum. With ~460 failures in ten seeds a share's
    // standard error is ~2.2 points, so +/- 3 points is only ~1.3 sigma: it holds for seeds 0-9, but 7 of the 19 other
    // ten-seed blocks in seeds 10-199 miss it with a correct model. A change to the draw keys can turn this red.
    [TestCase("bubble", 0.40 / 0.85)]
    [TestCase("contamination", 0.25 / 0.85)]
    [TestCase("pipetting_error", 0.20 / 0.85)]
    public void Failure_kind_share_is_within_3_points_of_its_normalised_weight(string kind, double expected)
    {
        var failures = Runs.Where(r => r.Failed()).ToList();
        var share = failures.Count == 0 ? double.NaN : (double)failures.Count(r => r.WellFailure == kind) / failures.Count;
        var message = Line($"{kind}: {share:P2} of {failures.Count} failed wells, expected {expected:P2} +/- 3 points");
        Assert.That(share, Is.EqualTo(expected).Within(0.03), message);
    }

    // The noise-free value at the mean seeding stress is 0.98 / (1 + (30 / (30 m))^2): HepG2 (m 0.7) 0.3223, A549 (m 1.5) 0.6785.
    // +/- 0.01 is the spec's two-decimal rounding (0.005) plus room for dose-noise bias and the ~0.002 standard error of a
    // 120-well mean, yet it catches an IC50 multiplier off by a few percent (dv/dln ic50 = hill v (1 - v) ~ 0.43 here).
    [TestCase("HepG2", 0.32)]
    [TestCase("A549", 0.68)]
    public void Mean_viability_at_tBHQ_30uM_12h_matches_the_spec(string line, double expected)
    {
        var wells = Runs.Where(r => r.Well.CellLine == line && r.Well.Compound == "tBHQ" && r.Well.DoseUm == 30.0 && r.Well.TimepointH == 12).ToList();
        var mean = wells.Select(r => r.Physics.Death.Viability).Mean();
        var message = Line($"{line} tBHQ 30 uM 12 h: mean viability {mean:F4} over {wells.Count} wells, expected {expected:F2} +/- 0.01");
        Assert.That(wells, Is.Not.Empty, message);
        Assert.That(mean, Is.EqualTo(expected).Within(0.01), message);
    }

    [Test]
    public void LDH_at_the_top_dose_is_at_least_5x_the_zero_dose_LDH_at_48h()
    {
        var late = Runs.Where(r => r.Well.TimepointH == 48 && !r.Well.IsSentinel).ToList();
        Assert.Multiple(() =>
        {
            foreach (var series in late.GroupBy(r => (r.Well.CellLine, r.Well.Compound)).OrderBy(g => g.Key.CellLine, StringComparer.Ordinal).ThenBy(g => g.Key.Compound, StringComparer.Ordinal))
            {
                var top = series.Max(r => r.Well.DoseUm);
                var topLdh = series.Where(r => r.Well.DoseUm == top).Select(r => r.Ldh).Mean();
                var zeroLdh = series.Where(r => r.IsZeroDose()).Select(r => r.Ldh).Mean();
                var fold = topLdh / zeroLdh;
                var message = Line($"{series.Key.CellLine} {series.Key.Compound} 48 h: LDH {topLdh:F0} at {top} uM vs {zeroLdh:F0} at 0 uM, {fold:F1}x, expected >= 5x");
                Assert.That(fold, Is.GreaterThanOrEqualTo(5.0), message);
            }
        });
    }

    [Test]
    public void Vehicle_LDH_is_above_zero_in_the_default_profile()
    {
        var vehicle = Runs.Where(r => r.IsZeroDose()).Select(r => r.Ldh).ToList();
        var message = Line($"default: vehicle LDH min {vehicle.Min():F1}, mean {vehicle.Mean():F1} over {vehicle.Count} wells, expected every well > 0");
        Assert.That(vehicle.Min(), Is.GreaterThan(0.0), message);
    }

    [Test]
    public void Vehicle_LDH_is_exactly_zero_in_the_legacy_profile()
    {
        var vehicle = SimulatedCampaigns.LegacyFull.Where(r => r.IsZeroDose()).Select(r => r.Ldh).ToList();
        var message = Line($"legacy: vehicle LDH max {vehicle.Max():R} over {vehicle.Count} wells, expected every well exactly 0");
        Assert.That(vehicle.Max(), Is.EqualTo(0.0), message);
    }

    // The adaptive term A = 4x^h / (1 + x^h)^2 peaks at dose = ec50 (level 1) with ER adapt +2.0, weighted 1.0 at 12 h.
    // Failed wells are left out (a contaminated well reads 5-20x). Edge wells stay in: a series sits at the same positions on
    // every plate, so dropping them would drop whole dose levels; in `full` each ER series' mid and top share edge status.
    [TestCase("A549", "tunicamycin")]
    [TestCase("A549", "thapsigargin")]
    [TestCase("HepG2", "tunicamycin")]
    [TestCase("HepG2", "thapsigargin")]
    public void ER_channel_of_an_ER_stressor_peaks_at_the_mid_dose_at_12h(string line, string compound)
    {
        var (zero, mid, top) = MeanErByLevel(line, compound, 12);
        var message = Line($"{line} {compound} 12 h: ER level 0 {zero:F4}, level 1 {mid:F4}, level 10 {top:F4}, expected level 1 above both");
        Assert.That(mid, Is.GreaterThan(zero), message);
        Assert.That(mid, Is.GreaterThan(top), message);
    }

    // At 48 h damage dominates (weights 0.30 / 1.0). HepG2 thapsigargin is the thin case: at the nominal mid dose its ER
    // computes to 0.2199 x base, just under the 0.20 floor, so mid beats the floored top only through wells whose
    // delivered dose came in low (noise-free mean 0.248 vs 0.220).
    [TestCase("A549", "tunicamycin")]
    [TestCase("A549", "thapsigargin")]
    [TestCase("HepG2", "tunicamycin")]
    [TestCase("HepG2", "thapsigargin")]
    public void ER_channel_of_an_ER_stressor_is_lower_at_the_top_dose_than_the_mid_dose_at_48h(string line, string compound)
    {
        var (_, mid, top) = MeanErByLevel(line, compound, 48);
        var message = Line($"{line} {compound} 48 h: ER level 1 {mid:F4}, level 10 {top:F4}, expected level 10 below level 1");
        Assert.That(top, Is.LessThan(mid), message);
    }

    private static (double Zero, double Mid, double Top) MeanErByLevel(string line, string compound, double timepoint)
    {
        var series = Runs.Where(r => r.Well.CellLine == line && r.Well.Compound == compound && r.Well.TimepointH == timepoint && !r.Well.IsSentinel && !r.Failed()).ToList();
        var ec50 = SimulatedCampaigns.DefaultParameters.Compounds[compound].Ec50Um;
        double Er(double level) => series.Where(r => r.Well.DoseUm == level * ec50).Select(r => r.Measured.Er).Mean();
        return (Er(0), Er(1), Er(10));
    }

    /// <summary>Prints the measured value, so a green run still shows how close each check came.</summary>
    private static string Line(FormattableString text)
    {
        var line = text.ToString(CultureInfo.InvariantCulture);
        TestContext.Out.WriteLine(line);
        return line;
    }
}

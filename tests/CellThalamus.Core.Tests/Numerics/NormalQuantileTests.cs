using System.Globalization;
using CellThalamus.Core.Numerics;

namespace CellThalamus.Core.Tests.Numerics;

[TestFixture]
public class NormalQuantileTests
{
    [Test]
    public void Inverse_matches_the_published_two_sided_95_percent_points_and_is_zero_at_one_half()
    {
        Assert.Multiple(() =>
        {
            Assert.That(NormalQuantile.Inverse(0.975), Is.EqualTo(1.959963984540054).Within(1e-15));
            Assert.That(NormalQuantile.Inverse(0.025), Is.EqualTo(-1.959963984540054).Within(1e-15));
            Assert.That(NormalQuantile.Inverse(0.5), Is.EqualTo(0.0));
            Assert.That(NormalQuantile.Inverse(1e-10), Is.EqualTo(-6.361340902404056).Within(1e-14));
        });
    }

    // Reference quantiles of the exact binary value of p, from 60-digit root finding on log(Phi(z)) - log(p)
    // with mpmath 1.3.0 (ncdf), rounded to double.
    [TestCase(1e-300, -37.0470962993612)]
    [TestCase(2.2250738585072014e-308, -37.5193793471445)]
    [TestCase(4.9406564584124654e-324, -38.467405617144344)]
    [TestCase(1e-100, -21.273453560965326)]
    [TestCase(1e-50, -14.933337534788489)]
    [TestCase(1e-20, -9.262340089798407)]
    [TestCase(1e-15, -7.941345326170997)]
    [TestCase(1e-12, -7.034483825301132)]
    [TestCase(1e-11, -6.706023155495136)]
    [TestCase(1e-10, -6.361340902404057)]
    [TestCase(1e-8, -5.612001244174789)]
    [TestCase(1e-6, -4.753424308822899)]
    [TestCase(1e-5, -4.264890793922825)]
    [TestCase(1e-4, -3.7190164854556804)]
    [TestCase(0.001, -3.0902323061678136)]
    [TestCase(0.01, -2.326347874040841)]
    [TestCase(0.025, -1.9599639845400543)]
    [TestCase(0.05, -1.6448536269514726)]
    [TestCase(0.075, -1.439531470938456)]
    [TestCase(0.1, -1.2815515655446004)]
    [TestCase(0.2, -0.8416212335729142)]
    [TestCase(0.3, -0.5244005127080408)]
    [TestCase(0.4, -0.2533471031357997)]
    [TestCase(0.6, 0.2533471031357997)]
    [TestCase(0.7, 0.5244005127080407)]
    [TestCase(0.8, 0.8416212335729144)]
    [TestCase(0.9, 1.2815515655446006)]
    [TestCase(0.925, 1.4395314709384561)]
    [TestCase(0.95, 1.6448536269514722)]
    [TestCase(0.975, 1.9599639845400538)]
    [TestCase(0.99, 2.3263478740408408)]
    [TestCase(0.999, 3.090232306167813)]
    [TestCase(0.9999, 3.7190164854557084)]
    [TestCase(0.999999, 4.753424308817087)]
    [TestCase(0.9999999999, 6.361340889697422)]
    [TestCase(0.999999999999999, 7.941444487415978)]
    public void Inverse_is_within_about_one_part_in_ten_to_the_fifteen_of_high_precision_reference_values(double p, double expected)
    {
        double actual = NormalQuantile.Inverse(p);
        double relative = Math.Abs(actual - expected) / Math.Abs(expected);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Inverse({p:R}) = {actual:R}, reference {expected:R}, relative error {relative:E2}"));
        Assert.That(relative, Is.LessThanOrEqualTo(1e-15));
    }

    [TestCase(1e-15)]
    [TestCase(1e-10)]
    [TestCase(1e-6)]
    [TestCase(0.001)]
    [TestCase(0.025)]
    [TestCase(0.1)]
    [TestCase(0.25)]
    [TestCase(0.3)]
    [TestCase(0.4)]
    [TestCase(0.49)]
    public void Inverse_is_antisymmetric_about_one_half(double p)
    {
        double z = NormalQuantile.Inverse(p);
        double mirrored = NormalQuantile.Inverse(1.0 - p);

        // 1 - p is itself rounded for most p (by exactly (1 - (1 - p)) - p), which moves the quantile by that amount
        // over the density; allow that plus the algorithm's own relative error.
        double roundingOfOneMinusP = Math.Abs((1.0 - (1.0 - p)) - p);
        double tolerance = (2e-15 * Math.Abs(z)) + (1.01 * roundingOfOneMinusP / Density(z));
        Assert.That(mirrored, Is.EqualTo(-z).Within(tolerance));
    }

    [Test]
    public void Inverse_is_exactly_antisymmetric_when_one_minus_p_is_exact()
    {
        Assert.Multiple(() =>
        {
            for (int k = 1; k < 64; k++)
            {
                double p = k / 128.0; // p and 1 - p are both exact; p - 0.5 and (1 - p) - 0.5 are exact negatives
                Assert.That(NormalQuantile.Inverse(1.0 - p), Is.EqualTo(-NormalQuantile.Inverse(p)),
                    string.Create(CultureInfo.InvariantCulture, $"p = {k}/128"));
            }
        });
    }

    [Test]
    public void Inverse_round_trips_through_a_high_accuracy_normal_cdf_from_1e_minus_300_to_one_minus_1e_minus_16()
    {
        double worst = 0.0;
        double worstP = 0.0;
        for (int n = 0; n <= 3000; n++)
        {
            // Lower half: p log-uniform in [1e-300, 0.5]; compare Phi(z) with p.
            double p = Math.Pow(10.0, -300.0 + (n * ((300.0 - 0.30102999566398120) / 3000.0)));
            double z = NormalQuantile.Inverse(p);
            double err = Math.Abs(Cdf(z) - p) / p / Math.Max(1.0, z * z);
            if (err > worst)
            {
                worst = err;
                worstP = p;
            }

            // Upper half: p = 1 - tail with tail in [1e-16, 0.5]; 1 - p is exact, so compare Phi(-z) with 1 - p.
            double upper = 1.0 - Math.Pow(10.0, -16.0 + (n * ((16.0 - 0.30102999566398120) / 3000.0)));
            double tail = 1.0 - upper;
            double zu = NormalQuantile.Inverse(upper);
            double erru = Math.Abs(Cdf(-zu) - tail) / tail / Math.Max(1.0, zu * zu);
            if (erru > worst)
            {
                worst = erru;
                worstP = upper;
            }
        }

        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"worst |Phi(Inverse(p)) - p| / (p * max(1, z^2)) = {worst:E2} at p = {worstP:R}"));
        Assert.That(worst, Is.LessThanOrEqualTo(4e-15));
    }

    [Test]
    public void Inverse_is_non_decreasing_across_the_region_boundaries()
    {
        // Boundaries at |p - 0.5| = 0.425 and r = sqrt(-log(min(p, 1 - p))) = 5, i.e. min(p, 1 - p) = exp(-25).
        const double TailBoundary = 1.3887943864964021e-11;
        double[] centres = [0.075, 0.925, TailBoundary, 1.0 - TailBoundary];
        Assert.Multiple(() =>
        {
            foreach (double c in centres)
            {
                double h = 1e-12 * Math.Min(c, 1.0 - c);
                double previous = NormalQuantile.Inverse(c - (1001 * h));
                for (int k = -1000; k <= 1000; k++)
                {
                    double p = c + (k * h);
                    double z = NormalQuantile.Inverse(p);
                    Assert.That(z, Is.GreaterThanOrEqualTo(previous),
                        string.Create(CultureInfo.InvariantCulture, $"at p = {p:R}"));
                    previous = z;
                }
            }
        });
    }

    [TestCase(0.0, double.NegativeInfinity)]
    [TestCase(-0.0, double.NegativeInfinity)]
    [TestCase(-0.5, double.NegativeInfinity)]
    [TestCase(double.NegativeInfinity, double.NegativeInfinity)]
    [TestCase(1.0, double.PositiveInfinity)]
    [TestCase(1.5, double.PositiveInfinity)]
    [TestCase(double.PositiveInfinity, double.PositiveInfinity)]
    [TestCase(double.NaN, double.NaN)]
    public void Inverse_maps_p_outside_the_open_unit_interval_to_infinities_and_NaN_to_NaN(double p, double expected)
    {
        Assert.That(NormalQuantile.Inverse(p), Is.EqualTo(expected));
    }

    [Test]
    public void Inverse_is_finite_for_the_smallest_subnormal_and_the_largest_double_below_one()
    {
        Assert.Multiple(() =>
        {
            Assert.That(double.IsFinite(NormalQuantile.Inverse(double.Epsilon)), Is.True);
            Assert.That(double.IsFinite(NormalQuantile.Inverse(1.0 - (1.0 / 9007199254740992.0))), Is.True);
            Assert.That(NormalQuantile.Inverse(1.0 - (1.0 / 9007199254740992.0)), Is.EqualTo(8.209536151601387).Within(1e-14));
        });
    }

    // ---- reference normal CDF (test-only; System.Math is fine here) --------------------------------------------

    private static double Density(double z) => Math.Exp(-0.5 * z * z) / Math.Sqrt(2.0 * Math.PI);

    /// <summary>
    /// Phi(z) to about 1e-15 * max(1, z^2) relative: the Taylor series Phi(z) = 1/2 + phi(z) * sum z^(2n+1)/(2n+1)!!
    /// for |z| &lt;= 1.5, and Laplace's continued fraction for the tail beyond.
    /// </summary>
    private static double Cdf(double z)
    {
        double a = Math.Abs(z);
        if (a <= 1.5)
        {
            double z2 = z * z;
            double term = z;
            double sum = z;
            for (int n = 0; ; n++)
            {
                term = term * z2 / ((2 * n) + 3);
                if (sum + term == sum)
                {
                    break;
                }

                sum += term;
            }

            return 0.5 + (Density(z) * sum);
        }

        // Q(a) = phi(a) / (a + 1/(a + 2/(a + 3/(a + ...)))), evaluated backwards.
        double f = a;
        for (int k = 3000; k >= 1; k--)
        {
            f = a + (k / f);
        }

        double q = Density(a) / f;
        return z < 0.0 ? q : 1.0 - q;
    }
}

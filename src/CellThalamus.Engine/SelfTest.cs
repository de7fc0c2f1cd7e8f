using System.Globalization;
using CellThalamus.Core.Design;
using CellThalamus.Core.Model;
using CellThalamus.Core.Parameters;
using CellThalamus.Core.Randomness;

namespace CellThalamus.Engine;

public sealed record SelfTestProperty(string Name, bool Passed, string Evidence);

/// <summary>
/// Proves, on the real well simulation, the properties the determinism contract rests on:
/// observer independence (the assay never moves physics), addressability (any subset, in any order,
/// on any thread count, gives the same values) and the generator's known answers.
/// </summary>
public static class SelfTest
{
    private static readonly DrawTag ExtraDraw = new("self_test_extra_assay_draw");
    private static readonly DrawTag SubsetDraw = new("self_test_subset");
    private static readonly DrawTag ShuffleDraw = new("self_test_shuffle");

    public static IReadOnlyList<SelfTestProperty> Run(ParameterSet parameters, ulong seed, string mode = "full")
    {
        var wells = BuiltInDesigns.Wells(mode, parameters).ToList();
        var model = new WellModel(parameters, seed);
        var baseline = Simulate(model, wells, 1);
        return [ObserverIndependence(parameters, seed, wells, baseline), Addressability(model, seed, wells, baseline), KnownAnswers()];
    }

    private static SelfTestProperty ObserverIndependence(ParameterSet parameters, ulong seed, List<WellSpec> wells, List<WellResult> baseline)
    {
        var noisier = parameters with
        {
            Noise = parameters.Noise with { MorphologyCv = 0.1, PlateCv = 0.2, WellCv = 0.2, LdhCv = 0.5, EdgeFactor = 0.5, FailureRate = 0.5 },
        };
        var perturbed = Simulate(new WellModel(noisier, seed), wells, 2);

        var random = new KeyedRandom(seed);
        var model = new WellModel(parameters, seed);
        var extraDraws = Simulate(model, wells, 2, well =>
        {
            random.For(RandomStream.Assay, well.EntityKey).Normal(ExtraDraw);
            return model.Simulate(well);
        });
        var skipped = wells.Select(model.Physics).ToList();

        var physicsMoved = Mismatches(baseline, perturbed, PhysicsBits) + Mismatches(baseline, extraDraws, PhysicsBits)
            + baseline.Zip(skipped).Count(p => PhysicsBits(p.First) != PhysicsBits(p.Second.Death, p.Second));
        var measurementMoved = Mismatches(baseline, perturbed, MeasurementBits);
        var passed = physicsMoved == 0 && measurementMoved > 0;
        return new SelfTestProperty(
            "observer independence",
            passed,
            Invariant($"{wells.Count} wells x 3 assay variants (noisier assay, an extra assay draw per well, assay skipped): physics columns differ in {physicsMoved} wells (must be 0); the noisier assay changed measurements in {measurementMoved} wells (must be > 0)"));
    }

    private static SelfTestProperty Addressability(WellModel model, ulong seed, List<WellSpec> wells, List<WellResult> baseline)
    {
        var random = new KeyedRandom(seed);
        var byKey = baseline.ToDictionary(r => r.Well.EntityKey, StringComparer.Ordinal);
        var subset = wells
            .Where(w => random.For(RandomStream.Assay, w.EntityKey).Uniform(SubsetDraw) < 0.25)
            .OrderBy(w => random.For(RandomStream.Assay, w.EntityKey).Uniform(ShuffleDraw))
            .ToList();
        var mismatches = 0;
        foreach (var workers in new[] { 1, 3, 8 })
        {
            var results = Simulate(model, subset, workers);
            mismatches += results.Count(r => AllBits(r) != AllBits(byKey[r.Well.EntityKey]));
        }

        var reordered = Simulate(model, wells, 5);
        mismatches += Mismatches(baseline, reordered, AllBits);
        var reversed = Simulate(model, Enumerable.Reverse(wells).ToList(), 2);
        mismatches += reversed.Count(r => AllBits(r) != AllBits(byKey[r.Well.EntityKey]));
        return new SelfTestProperty(
            "addressability",
            mismatches == 0 && subset.Count > 0,
            Invariant($"a shuffled subset of {subset.Count} of {wells.Count} wells on 1, 3 and 8 threads, the full design on 5 threads and in reverse on 2: {mismatches} wells differ from the full single-thread run in any bit (must be 0)"));
    }

    private static SelfTestProperty KnownAnswers()
    {
        (uint[] Counter, uint[] Key, uint[] Expected)[] vectors =
        [
            ([0, 0, 0, 0], [0, 0], [0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8]),
            ([0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff], [0xffffffff, 0xffffffff], [0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd]),
            ([0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344], [0xa4093822, 0x299f31d0], [0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1]),
        ];
        var failed = vectors.Count(v =>
        {
            var (x0, x1, x2, x3) = Philox4x32.Generate(v.Counter[0], v.Counter[1], v.Counter[2], v.Counter[3], v.Key[0], v.Key[1]);
            return !new[] { x0, x1, x2, x3 }.SequenceEqual(v.Expected);
        });
        return new SelfTestProperty("generator known answers", failed == 0, Invariant($"Philox4x32-10, Random123 vectors: {vectors.Length - failed} of {vectors.Length} match"));
    }

    private static List<WellResult> Simulate(WellModel model, List<WellSpec> wells, int workers, Func<WellSpec, WellResult>? simulate = null)
    {
        var results = new List<WellResult>(wells.Count);
        OrderedPipeline.Run(wells, simulate ?? model.Simulate, workers, results.AddRange);
        return results;
    }

    private static int Mismatches(List<WellResult> a, List<WellResult> b, Func<WellResult, string> bits) =>
        a.Count != b.Count ? Math.Max(a.Count, b.Count) : a.Zip(b).Count(p => bits(p.First) != bits(p.Second));

    private static string PhysicsBits(WellResult r) => PhysicsBits(r.Physics.Death, r.Physics);

    private static string PhysicsBits(DeathAccount death, WellPhysics p) =>
        Bits(p.EffectiveDoseUm, p.SeedingStress, p.InstantEffect, p.Survival, p.TransportDysfunction, death.Viability, death.Compound, death.Confluence, death.Unknown) + death.Mode;

    private static string MeasurementBits(WellResult r) =>
        Bits(r.Measured.Er, r.Measured.Mito, r.Measured.Nucleus, r.Measured.Actin, r.Measured.Rna, r.Ldh) + r.WellFailure;

    private static string AllBits(WellResult r) => r.Well.EntityKey + PhysicsBits(r) + MeasurementBits(r) + r.Timestamp;

    private static string Bits(params double[] values) =>
        string.Join(",", values.Select(v => BitConverter.DoubleToInt64Bits(v).ToString("x16", CultureInfo.InvariantCulture)));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

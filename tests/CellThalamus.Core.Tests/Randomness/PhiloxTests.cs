using CellThalamus.Core.Randomness;

namespace CellThalamus.Core.Tests.Randomness;

public class PhiloxTests
{
    // Random123's published known-answer vectors for philox4x32-10.
    [TestCase(0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x6627e8d5u, 0xe169c58du, 0xbc57ac4cu, 0x9b00dbd8u)]
    [TestCase(0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0x408f276du, 0x41c83b0eu, 0xa20bc7c6u, 0x6d5451fdu)]
    [TestCase(0x243f6a88u, 0x85a308d3u, 0x13198a2eu, 0x03707344u, 0xa4093822u, 0x299f31d0u, 0xd16cfe09u, 0x94fdccebu, 0x5001e420u, 0x24126ea1u)]
    public void Philox4x32_10_matches_Random123_known_answers(uint c0, uint c1, uint c2, uint c3, uint k0, uint k1, uint e0, uint e1, uint e2, uint e3)
    {
        Assert.That(Philox4x32.Generate(c0, c1, c2, c3, k0, k1), Is.EqualTo((e0, e1, e2, e3)));
    }

    [Test]
    public void Fnv1a64_matches_the_published_value_for_a()
    {
        // FNV-1a 64 of "a" from the reference tables (isthe.com/chongo/tech/comp/fnv).
        Assert.That(StableHash.Fnv1a64("a"), Is.EqualTo(0xaf63dc4c8601ec8cUL));
        Assert.That(StableHash.Fnv1a32("a"), Is.EqualTo(0xe40c292cu));
    }

    [Test]
    public void Draws_are_a_pure_function_of_their_address()
    {
        var a = new KeyedRandom(7).For(RandomStream.Assay, "P|A549|A01");
        var b = new KeyedRandom(7).For(RandomStream.Assay, "P|A549|A01");
        var tag = new DrawTag("x");
        Assert.That(Enumerable.Range(0, 5).Select(i => a.Uniform(tag, (uint)i)), Is.EqualTo(Enumerable.Range(0, 5).Reverse().Select(i => b.Uniform(tag, (uint)i)).Reverse()));
    }

    [Test]
    public void Streams_entities_tags_and_seeds_give_different_draws()
    {
        var tag = new DrawTag("x");
        var reference = new KeyedRandom(7).For(RandomStream.Assay, "P|A549|A01").Uniform(tag);
        Assert.That(new KeyedRandom(7).For(RandomStream.Growth, "P|A549|A01").Uniform(tag), Is.Not.EqualTo(reference));
        Assert.That(new KeyedRandom(7).For(RandomStream.Assay, "P|A549|A02").Uniform(tag), Is.Not.EqualTo(reference));
        Assert.That(new KeyedRandom(7).For(RandomStream.Assay, "P|A549|A01").Uniform(new DrawTag("y")), Is.Not.EqualTo(reference));
        Assert.That(new KeyedRandom(8).For(RandomStream.Assay, "P|A549|A01").Uniform(tag), Is.Not.EqualTo(reference));
    }

    [Test]
    public void Uniforms_lie_strictly_inside_the_unit_interval_and_average_one_half()
    {
        var draws = new KeyedRandom(1).For(RandomStream.Assay, "e");
        var tag = new DrawTag("u");
        var values = Enumerable.Range(0, 100_000).Select(i => draws.Uniform(tag, (uint)i)).ToArray();
        Assert.That(values.Min(), Is.GreaterThan(0.0));
        Assert.That(values.Max(), Is.LessThan(1.0));
        Assert.That(values.Average(), Is.EqualTo(0.5).Within(0.005));
    }
}

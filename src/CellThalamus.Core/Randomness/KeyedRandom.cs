using CellThalamus.Core.Numerics;

namespace CellThalamus.Core.Randomness;

/// <summary>The three independent streams: physics (growth, treatment) never share a key with measurement (assay).</summary>
public enum RandomStream
{
    Growth,
    Treatment,
    Assay,
}

/// <summary>
/// Every random number is a pure function of (seed, stream, entity, tag, draw index):
/// Philox key = Mix64(seed + FNV-1a64(stream name)); counter = (entity hash lo, entity hash hi, tag hash, index).
/// No draw depends on another entity, on evaluation order or on scheduling.
/// </summary>
public sealed class KeyedRandom
{
    private readonly ulong _growthKey;
    private readonly ulong _treatmentKey;
    private readonly ulong _assayKey;

    public KeyedRandom(ulong seed)
    {
        Seed = seed;
        _growthKey = StreamKey(seed, "growth");
        _treatmentKey = StreamKey(seed, "treatment");
        _assayKey = StreamKey(seed, "assay");
    }

    public ulong Seed { get; }

    public static ulong StreamKey(ulong seed, string streamName) =>
        StableHash.Mix64(unchecked(seed + StableHash.Fnv1a64(streamName)));

    /// <summary>The draws of one entity (a well "plate_id|cell_line|well_id", or a batch key such as "plate|...") on one stream.</summary>
    public EntityDraws For(RandomStream stream, string entity) =>
        new(stream switch
        {
            RandomStream.Growth => _growthKey,
            RandomStream.Treatment => _treatmentKey,
            _ => _assayKey,
        }, StableHash.Fnv1a64(entity));
}

/// <summary>A well's (or batch factor's) addressable draws on one stream.</summary>
public readonly struct EntityDraws
{
    private const double TwoPowMinus53 = 1.0 / 9007199254740992.0;
    private readonly ulong _key;
    private readonly ulong _entity;

    public EntityDraws(ulong key, ulong entityHash)
    {
        _key = key;
        _entity = entityHash;
    }

    /// <summary>A uniform in the open interval (0, 1) with 53 random bits, from one Philox counter.</summary>
    public double Uniform(DrawTag tag, uint index = 0)
    {
        var (x0, x1, _, _) = Philox4x32.Generate((uint)_entity, (uint)(_entity >> 32), tag.Value, index, (uint)_key, (uint)(_key >> 32));
        var bits = (((ulong)x0 << 32) | x1) >> 11;
        return (bits + 0.5) * TwoPowMinus53;
    }

    /// <summary>A standard normal from one uniform through the inverse CDF, so a normal costs exactly one counter.</summary>
    public double Normal(DrawTag tag, uint index = 0) => NormalQuantile.Inverse(Uniform(tag, index));

    /// <summary>A uniform in (low, high).</summary>
    public double Uniform(DrawTag tag, uint index, double low, double high) => low + ((high - low) * Uniform(tag, index));
}

/// <summary>A named kind of draw; its counter word is the FNV-1a32 hash of the name.</summary>
public readonly record struct DrawTag(string Name)
{
    public uint Value { get; } = StableHash.Fnv1a32(Name);
}

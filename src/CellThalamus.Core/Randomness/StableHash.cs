using System.Text;

namespace CellThalamus.Core.Randomness;

/// <summary>
/// FNV-1a over UTF-8 bytes: a documented hash that is the same in every process
/// (string.GetHashCode is randomised per process, so it can never key a draw).
/// </summary>
public static class StableHash
{
    private const ulong Offset64 = 0xCBF29CE484222325;
    private const ulong Prime64 = 0x100000001B3;
    private const uint Offset32 = 0x811C9DC5;
    private const uint Prime32 = 0x01000193;

    public static ulong Fnv1a64(string text)
    {
        var hash = Offset64;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * Prime64;
        }

        return hash;
    }

    public static uint Fnv1a32(string text)
    {
        var hash = Offset32;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * Prime32;
        }

        return hash;
    }

    /// <summary>SplitMix64's finaliser: a bijection on 64 bits that spreads nearby seeds apart.</summary>
    public static ulong Mix64(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}

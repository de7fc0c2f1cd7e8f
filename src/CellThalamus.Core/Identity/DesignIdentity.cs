using System.Text;
using CellThalamus.Core.Design;
using CellThalamus.Core.Model;
using CellThalamus.Core.Parameters;

namespace CellThalamus.Core.Identity;

/// <summary>
/// design_id: the first 128 bits of SHA-256 over the canonical JSON of
/// {"design":{"wells":[...]},"model_version":...,"parameters":{...},"seed":N}, shown 8-4-4-4-12.
/// The wells are streamed into the hash, so a design of any size is identified in constant memory.
/// </summary>
public static class DesignIdentity
{
    public static string Compute(ParameterSet parameters, ulong seed, IEnumerable<WellSpec> wells)
    {
        var sha = new Sha256();
        var text = new StringBuilder("{\"design\":{\"wells\":[");
        var first = true;
        foreach (var well in wells)
        {
            if (!first)
            {
                text.Append(',');
            }

            first = false;
            WriteWell(text, well);
            if (text.Length > 1 << 16)
            {
                Flush(sha, text);
            }
        }

        text.Append("]},\"model_version\":");
        CanonicalJson.WriteString(text, WellModel.SimVersion);
        text.Append(",\"parameters\":");
        CanonicalJson.Write(text, parameters.Canonical);
        text.Append(",\"seed\":");
        CanonicalJson.Write(text, seed);
        text.Append('}');
        Flush(sha, text);
        return Format(sha.Finish().AsSpan(0, 16));
    }

    /// <summary>The hash of the effective parameters alone, for the banner.</summary>
    public static string ParameterHash(ParameterSet parameters) =>
        Convert.ToHexStringLower(Sha256.Hash(Encoding.UTF8.GetBytes(CanonicalJson.Serialize(parameters.Canonical))))[..16];

    public static SortedDictionary<string, object> Canonical(WellSpec well) => new(StringComparer.Ordinal)
    {
        ["cell_line"] = well.CellLine,
        ["compound"] = well.Compound,
        ["day"] = well.Day,
        ["dose_uM"] = well.DoseUm,
        ["is_sentinel"] = well.IsSentinel,
        ["operator"] = well.Operator,
        ["plate_format"] = well.Format.Wells,
        ["plate_id"] = well.PlateId,
        ["timepoint_h"] = well.TimepointH,
        ["well_id"] = well.WellId,
    };

    public static string Format(ReadOnlySpan<byte> id)
    {
        var hex = Convert.ToHexStringLower(id);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    public static bool IsWellFormed(string designId) =>
        designId.Length == 36 && designId.Select((ch, i) => i is 8 or 13 or 18 or 23 ? ch == '-' : char.IsAsciiHexDigitLower(ch)).All(ok => ok);

    /// <summary>The same bytes as CanonicalJson.Write(Canonical(well)), without building a dictionary per well.</summary>
    private static void WriteWell(StringBuilder text, WellSpec well)
    {
        text.Append("{\"cell_line\":");
        CanonicalJson.WriteString(text, well.CellLine);
        text.Append(",\"compound\":");
        CanonicalJson.WriteString(text, well.Compound);
        text.Append(",\"day\":").Append(well.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        text.Append(",\"dose_uM\":").Append(CanonicalJson.Number(well.DoseUm));
        text.Append(",\"is_sentinel\":").Append(well.IsSentinel ? "true" : "false");
        text.Append(",\"operator\":");
        CanonicalJson.WriteString(text, well.Operator);
        text.Append(",\"plate_format\":").Append(well.Format.Wells.ToString(System.Globalization.CultureInfo.InvariantCulture));
        text.Append(",\"plate_id\":");
        CanonicalJson.WriteString(text, well.PlateId);
        text.Append(",\"timepoint_h\":").Append(CanonicalJson.Number(well.TimepointH));
        text.Append(",\"well_id\":");
        CanonicalJson.WriteString(text, well.WellId);
        text.Append('}');
    }

    private static void Flush(Sha256 sha, StringBuilder text)
    {
        sha.Append(Encoding.UTF8.GetBytes(text.ToString()));
        text.Clear();
    }
}

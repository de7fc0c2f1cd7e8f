using System.Collections;
using System.Globalization;
using System.Text;

namespace CellThalamus.Core.Parameters;

/// <summary>
/// Writes a canonical parameter tree (<see cref="ParameterSet.Canonical"/>) as YAML that loads back as a --params file
/// to the same values: keys sorted by ordinal, numbers in round-trip form, strings double-quoted, lists of scalars
/// in flow style. The same tree always gives the same text.
/// </summary>
public static class ParameterYamlWriter
{
    private const int Indent = 2;

    public static string Write(IDictionary<string, object> tree)
    {
        var output = new StringBuilder();
        // The profile name is chosen with --profile, never set by a parameter file, so it is not written as a key.
        var withoutProfile = tree.Where(e => e.Key != "profile").ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        WriteMap(output, withoutProfile, 0);
        return output.ToString();
    }

    private static void WriteMap(StringBuilder output, IDictionary<string, object> map, int depth)
    {
        // Sorted here, whatever dictionary the caller passes, so the text never depends on insertion order.
        foreach (var key in map.Keys.Order(StringComparer.Ordinal))
        {
            output.Append(' ', depth * Indent).Append(Key(key)).Append(':');
            var value = map[key];
            if (value is IDictionary<string, object> { Count: > 0 } nested)
            {
                output.Append('\n');
                WriteMap(output, nested, depth + 1);
            }
            else if (value is IList list && !IsFlow(list))
            {
                output.Append('\n');
                foreach (var item in list)
                {
                    output.Append(' ', (depth + 1) * Indent).Append("-\n");
                    WriteMap(output, (IDictionary<string, object>)item!, depth + 2);
                }
            }
            else
            {
                output.Append(' ').Append(Inline(value)).Append('\n');
            }
        }
    }

    private static bool IsFlow(IList list) => list.Cast<object?>().All(i => i is not IDictionary<string, object> and not IList);

    private static string Inline(object? value) => value switch
    {
        null => "null",
        string s => Quoted(s),
        bool b => b ? "true" : "false",
        double d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture)
            : throw new ArgumentException($"parameter values must be finite, found {d.ToString(CultureInfo.InvariantCulture)}"),
        int or long or uint or ulong => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        IDictionary<string, object> => "{}",
        IList list => "[" + string.Join(", ", list.Cast<object?>().Select(Inline)) + "]",
        _ => throw new ArgumentException($"cannot write a {value.GetType().Name} as a parameter value"),
    };

    /// <summary>Plain when it is a simple name YAML cannot read as anything else; quoted otherwise.</summary>
    private static string Key(string key)
    {
        var plain = key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_') && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            && !ReservedWords.Contains(key, StringComparer.OrdinalIgnoreCase);
        return plain ? key : Quoted(key);
    }

    // YAML 1.1 reads these as booleans or null; a key spelled so is quoted for tools other than ours.
    private static readonly string[] ReservedWords = ["false", "n", "no", "null", "off", "on", "true", "y", "yes"];

    private static string Quoted(string text)
    {
        var output = new StringBuilder("\"");
        foreach (var ch in text)
        {
            _ = ch switch
            {
                '"' => output.Append("\\\""),
                '\\' => output.Append("\\\\"),
                _ when char.IsControl(ch) => output.Append("\\u").Append(((int)ch).ToString("x4", CultureInfo.InvariantCulture)),
                _ => output.Append(ch),
            };
        }

        return output.Append('"').ToString();
    }
}

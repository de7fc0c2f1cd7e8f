using System.Globalization;
using System.Text;

namespace CellThalamus.Core.Identity;

/// <summary>
/// Canonical JSON: keys sorted by ordinal, no whitespace, doubles in shortest round-trip form,
/// NaN and infinities rejected. The same value always gives the same bytes.
/// </summary>
public static class CanonicalJson
{
    public static string Serialize(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    public static void Write(StringBuilder output, object? value)
    {
        switch (value)
        {
            case null:
                output.Append("null");
                break;
            case string s:
                WriteString(output, s);
                break;
            case bool b:
                output.Append(b ? "true" : "false");
                break;
            case double d:
                output.Append(Number(d));
                break;
            case int or long or ulong or uint:
                output.Append(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                break;
            case IDictionary<string, object> map:
                output.Append('{');
                var first = true;
                // Sorted here so that no caller's dictionary order can leak into the bytes.
                foreach (var key in map.Keys.Order(StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        output.Append(',');
                    }

                    first = false;
                    WriteString(output, key);
                    output.Append(':');
                    Write(output, map[key]);
                }

                output.Append('}');
                break;
            case System.Collections.IEnumerable list:
                output.Append('[');
                var separator = false;
                foreach (var item in list)
                {
                    if (separator)
                    {
                        output.Append(',');
                    }

                    separator = true;
                    Write(output, item);
                }

                output.Append(']');
                break;
            default:
                throw new ArgumentException($"canonical JSON cannot encode a {value.GetType().Name}");
        }
    }

    public static string Number(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture)
            : throw new ArgumentException($"canonical JSON rejects non-finite numbers ({value.ToString(CultureInfo.InvariantCulture)})");

    public static void WriteString(StringBuilder output, string text)
    {
        output.Append('"');
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '"':
                    output.Append("\\\"");
                    break;
                case '\\':
                    output.Append("\\\\");
                    break;
                case < ' ':
                    output.Append("\\u").Append(((int)ch).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    output.Append(ch);
                    break;
            }
        }

        output.Append('"');
    }
}

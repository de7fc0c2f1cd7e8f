using System.Collections.Immutable;
using System.Globalization;

namespace CellThalamus.Core.Parameters;

/// <summary>
/// Reads one mapping strictly: every value is typed and range-checked where it is read, recorded in the
/// canonical output, and any key left unread is an error (so a typo never silently keeps a default).
/// </summary>
internal sealed class MapReader
{
    private readonly MapNode _node;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly string _path;

    public MapReader(MapNode node, string path)
    {
        _node = node;
        _path = path;
    }

    public SortedDictionary<string, object> Output { get; } = new(StringComparer.Ordinal);

    public SourceLocation Source => _node.Source;

    public IEnumerable<string> Keys => _node.Entries.Select(e => e.Key);

    public ParameterException Error(string key, string problem) =>
        new(_node.Find(key)?.Source ?? _node.Source, $"'{Qualified(key)}': {problem}");

    public string Qualified(string key) => _path.Length == 0 ? key : _path + "." + key;

    public double Number(string key, Bound bound)
    {
        var scalar = Scalar(key);
        if (scalar.Quoted || !double.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw Error(key, $"expected a number, found '{scalar.Text}'");
        }

        if (!double.IsFinite(value))
        {
            throw Error(key, $"expected a finite number, found '{scalar.Text}'");
        }

        if (bound == Bound.Positive && value <= 0)
        {
            throw Error(key, $"expected a number > 0, found {Format(value)}");
        }

        if (bound == Bound.NonNegative && value < 0)
        {
            throw Error(key, $"expected a number >= 0, found {Format(value)}");
        }

        if (bound == Bound.Fraction && value is < 0 or > 1)
        {
            throw Error(key, $"expected a number between 0 and 1, found {Format(value)}");
        }

        Output[key] = value;
        return value;
    }

    public bool Flag(string key)
    {
        var scalar = Scalar(key);
        var value = scalar.Text switch
        {
            "true" when !scalar.Quoted => true,
            "false" when !scalar.Quoted => false,
            _ => throw Error(key, $"expected true or false, found '{scalar.Text}'"),
        };
        Output[key] = value;
        return value;
    }

    public string Text(string key, IReadOnlyCollection<string>? choices = null)
    {
        var scalar = Scalar(key);
        if (choices is not null && !choices.Contains(scalar.Text))
        {
            throw Error(key, $"unknown value '{scalar.Text}'; expected one of {string.Join(", ", choices.Order(StringComparer.Ordinal))}");
        }

        Output[key] = scalar.Text;
        return scalar.Text;
    }

    public MapReader Map(string key)
    {
        var node = Required(key);
        if (node is not MapNode map)
        {
            throw Error(key, "expected a mapping");
        }

        var reader = new MapReader(map, Qualified(key));
        Output[key] = reader.Output;
        return reader;
    }

    public (double Low, double High) Pair(string key, Bound bound)
    {
        var node = Required(key);
        if (node is not ListNode { Items.Count: 2 } list || list.Items.Any(i => i is not ScalarNode))
        {
            throw Error(key, "expected a pair [a, b] of numbers");
        }

        var values = list.Items.Cast<ScalarNode>().Select((s, i) =>
        {
            var probe = new MapReader(new MapNode([new($"{i}", s)], s.Source), Qualified(key));
            return probe.Number($"{i}", bound);
        }).ToArray();
        Output[key] = new List<object> { values[0], values[1] };
        return (values[0], values[1]);
    }

    /// <summary>Per-channel numbers; a missing channel takes <paramref name="missing"/> when given, else is an error.</summary>
    public ImmutableArray<double> Channels(string key, Bound bound, double? missing)
    {
        var map = Map(key);
        var values = new double[Vocabulary.ChannelCount];
        for (var c = 0; c < values.Length; c++)
        {
            var name = Vocabulary.ChannelNames[c];
            values[c] = map.Has(name) ? map.Number(name, bound)
                : missing ?? throw map.Error(name, $"missing; every channel ({string.Join(", ", Vocabulary.ChannelNames)}) is required");
        }

        map.EnsureAllRead();
        return [.. values];
    }

    public bool Has(string key) => _node.Find(key) is not null;

    public void EnsureAllRead()
    {
        foreach (var (key, value) in _node.Entries)
        {
            if (!_read.Contains(key))
            {
                var known = string.Join(", ", _read.Order(StringComparer.Ordinal));
                throw new ParameterException(value.Source, $"unknown key '{Qualified(key)}'" + (known.Length > 0 ? $"; expected one of {known}" : string.Empty));
            }
        }
    }

    private ParameterNode Required(string key)
    {
        _read.Add(key);
        return _node.Find(key) ?? throw new ParameterException(_node.Source, $"'{Qualified(key)}' is missing");
    }

    private ScalarNode Scalar(string key) =>
        Required(key) as ScalarNode ?? throw Error(key, "expected a single value");

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

internal enum Bound
{
    Any,
    NonNegative,
    Positive,
    Fraction,
}

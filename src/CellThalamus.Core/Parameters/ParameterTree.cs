using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CellThalamus.Core.Parameters;

/// <summary>Where a parameter value came from, for error messages that name file, line and column.</summary>
public readonly record struct SourceLocation(string File, long Line, long Column)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}");
}

/// <summary>A parsed YAML node that remembers its location (YamlDotNet's own model forgets the file and allows no merge).</summary>
public abstract record ParameterNode(SourceLocation Source);

public sealed record ScalarNode(string Text, bool Quoted, SourceLocation Source) : ParameterNode(Source);

public sealed record ListNode(IReadOnlyList<ParameterNode> Items, SourceLocation Source) : ParameterNode(Source);

public sealed record MapNode(IReadOnlyList<KeyValuePair<string, ParameterNode>> Entries, SourceLocation Source) : ParameterNode(Source)
{
    public ParameterNode? Find(string key) => Entries.FirstOrDefault(e => e.Key == key).Value;

    /// <summary>Overlay wins key by key; nested maps merge, anything else is replaced.</summary>
    public MapNode MergedWith(MapNode overlay)
    {
        var merged = Entries.ToList();
        foreach (var (key, value) in overlay.Entries)
        {
            var index = merged.FindIndex(e => e.Key == key);
            if (index < 0)
            {
                merged.Add(new(key, value));
            }
            else if (merged[index].Value is MapNode baseMap && value is MapNode overlayMap)
            {
                merged[index] = new(key, baseMap.MergedWith(overlayMap));
            }
            else
            {
                merged[index] = new(key, value);
            }
        }

        return this with { Entries = merged };
    }
}

/// <summary>Reads YAML text into located nodes; rejects duplicate keys, anchors, tags and multiple documents.</summary>
public static class ParameterYaml
{
    public static MapNode Parse(string text, string fileName)
    {
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return new MapNode([], new SourceLocation(fileName, 1, 1));
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, fileName);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                throw new ParameterException(Locate(parser.Current!, fileName), "only one YAML document is allowed");
            }

            return root switch
            {
                MapNode map => map,
                ScalarNode { Text: "" } s => new MapNode([], s.Source),
                _ => throw new ParameterException(root.Source, "the top level must be a mapping of parameter names"),
            };
        }
        catch (YamlException e)
        {
            throw new ParameterException(new SourceLocation(fileName, e.Start.Line, e.Start.Column), $"not valid YAML: {e.Message}");
        }
    }

    private static SourceLocation Locate(ParsingEvent e, string file) => new(file, e.Start.Line, e.Start.Column);

    private static ParameterNode ReadNode(IParser parser, string file)
    {
        var current = parser.Current ?? throw new ParameterException(new SourceLocation(file, 0, 0), "unexpected end of YAML");
        if (current is NodeEvent { Anchor.IsEmpty: false } or AnchorAlias)
        {
            throw new ParameterException(Locate(current, file), "YAML anchors and aliases are not supported in parameter files");
        }

        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new ScalarNode(scalar.Value, scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted, Locate(scalar, file));
            case SequenceStart:
                {
                    parser.MoveNext();
                    var items = new List<ParameterNode>();
                    while (!parser.TryConsume<SequenceEnd>(out _))
                    {
                        items.Add(ReadNode(parser, file));
                    }

                    return new ListNode(items, Locate(current, file));
                }

            case MappingStart:
                {
                    parser.MoveNext();
                    var entries = new List<KeyValuePair<string, ParameterNode>>();
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyEvent = parser.Current!;
                        if (ReadNode(parser, file) is not ScalarNode key)
                        {
                            throw new ParameterException(Locate(keyEvent, file), "a key must be a plain name");
                        }

                        if (entries.Any(e => e.Key == key.Text))
                        {
                            throw new ParameterException(key.Source, $"duplicate key '{key.Text}'");
                        }

                        entries.Add(new(key.Text, ReadNode(parser, file)));
                    }

                    return new MapNode(entries, Locate(current, file));
                }

            default:
                throw new ParameterException(Locate(current, file), $"unexpected YAML element {current.GetType().Name}");
        }
    }
}

/// <summary>A parameter file or value that is not acceptable; the message names where and why.</summary>
public sealed class ParameterException(SourceLocation source, string problem)
    : Exception($"{source}: {problem}")
{
    public SourceLocation Location { get; } = source;
}

using System.Text;
using CellThalamus.Core.Parameters;

namespace CellThalamus.Core.Design;

/// <summary>One field of a delimited record and where it starts in the file.</summary>
internal readonly record struct Field(string Text, bool Quoted, int Line, int Column);

/// <summary>
/// Reads RFC 4180 records from text: comma- or tab-separated (decided once, from the first line), quoted fields
/// with doubled quotes and embedded line breaks, CRLF, LF or CR line ends, a leading byte-order mark ignored.
/// Every field carries its line and column so that errors can point at it.
/// </summary>
internal sealed class DelimitedReader
{
    private const int BufferSize = 1 << 16;

    private readonly TextReader _reader;
    private readonly string _file;
    private readonly char[] _buffer = new char[BufferSize];
    private readonly StringBuilder _text = new();
    private int _position;
    private int _length;
    private int _line = 1;
    private int _column = 1;

    public DelimitedReader(TextReader reader, string file)
    {
        _reader = reader;
        _file = file;
        Fill();
        if (_length > 0 && _buffer[0] == '\uFEFF')
        {
            _position = 1;
        }

        Delimiter = DetectDelimiter();
    }

    /// <summary>A tab outside quotes on the first line makes the file TSV; otherwise it is CSV.</summary>
    public char Delimiter { get; }

    /// <summary>Where the last record read ended (before its line break), for "too few fields" errors.</summary>
    public (int Line, int Column) RecordEnd { get; private set; }

    public SourceLocation Here => new(_file, _line, _column);

    /// <summary>Reads the next record into <paramref name="fields"/>; false at the end of the text.</summary>
    public bool ReadRecord(List<Field> fields)
    {
        fields.Clear();
        if (Peek() < 0)
        {
            return false;
        }

        while (true)
        {
            fields.Add(Peek() == '"' ? ReadQuoted() : ReadPlain());
            var next = Peek();
            if (next == Delimiter)
            {
                Advance();
                continue;
            }

            RecordEnd = (_line, _column);
            if (next >= 0)
            {
                Advance();
            }

            return true;
        }
    }

    private Field ReadPlain()
    {
        var (line, column) = (_line, _column);
        _text.Clear();
        while (true)
        {
            if (_position == _length && !Fill())
            {
                break;
            }

            var span = _buffer.AsSpan(_position, _length - _position);
            var end = span.IndexOfAny(Delimiter, '\r', '\n');
            if (end >= 0)
            {
                // The common case: the whole field sits in the buffer, so no builder is needed.
                var text = _text.Length == 0 ? new string(span[..end]) : _text.Append(span[..end]).ToString();
                _position += end;
                _column += end;
                return new Field(text, false, line, column);
            }

            _text.Append(span);
            _position = _length;
            _column += span.Length;
        }

        return new Field(_text.ToString(), false, line, column);
    }

    private Field ReadQuoted()
    {
        var (line, column) = (_line, _column);
        Advance();
        _text.Clear();
        while (true)
        {
            var ch = Advance();
            if (ch < 0)
            {
                throw new DesignException($"{new SourceLocation(_file, line, column)}: a quoted field is never closed; expected a closing '\"' before the end of the file");
            }

            if (ch == '"')
            {
                if (Peek() != '"')
                {
                    break;
                }

                Advance();
            }

            _text.Append((char)ch);
        }

        var next = Peek();
        if (next >= 0 && next != Delimiter && next != '\r' && next != '\n')
        {
            throw new DesignException($"{Here}: unexpected '{(char)next}' after a closing quote; expected {DelimiterName} or the end of the line");
        }

        return new Field(_text.ToString(), true, line, column);
    }

    private string DelimiterName => Delimiter == '\t' ? "a tab" : "a comma";

    private char DetectDelimiter()
    {
        var quoted = false;
        for (var i = _position; i < _length; i++)
        {
            var ch = _buffer[i];
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && ch is '\r' or '\n')
            {
                break;
            }
            else if (!quoted && ch == '\t')
            {
                return '\t';
            }
        }

        return ',';
    }

    private int Peek() => _position < _length || Fill() ? _buffer[_position] : -1;

    /// <summary>Consumes one character (CRLF as one line break, returned as '\n') and keeps the line and column.</summary>
    private int Advance()
    {
        var ch = Peek();
        if (ch < 0)
        {
            return ch;
        }

        _position++;
        if (ch == '\r')
        {
            if (Peek() == '\n')
            {
                _position++;
            }

            ch = '\n';
        }

        if (ch == '\n')
        {
            _line++;
            _column = 1;
        }
        else
        {
            _column++;
        }

        return ch;
    }

    private bool Fill()
    {
        try
        {
            _length = _reader.ReadBlock(_buffer, 0, _buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            throw new DesignException($"{Here}: the file is not valid UTF-8 text at or after this point; expected UTF-8 (save it as \"CSV UTF-8\")");
        }

        _position = 0;
        return _length > 0;
    }
}

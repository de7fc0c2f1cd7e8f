using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CellThalamus.Core.Parameters;

namespace CellThalamus.Core.Design;

/// <summary>
/// A design file: one well per row of a CSV or TSV table with a header (column names case-insensitive, any order).
/// Validation streams the table once and names file:line:column, the bad value and what was expected for every
/// error; reading streams it again, so a design of any size runs in flat memory. Core does no I/O: the caller
/// supplies a way to open the text, once per pass.
/// </summary>
public static class DesignTable
{
    public const string PlateId = "plate_id";
    public const string WellId = "well_id";
    public const string CellLine = "cell_line";
    public const string Compound = "compound";
    public const string Dose = "dose_uM";
    public const string Timepoint = "timepoint_h";
    public const string Day = "day";
    public const string Operator = "operator";
    public const string IsSentinel = "is_sentinel";
    public const string PlateFormatColumn = "plate_format";

    public const int DefaultDay = 1;
    public const string DefaultOperator = "Operator_A";

    public static readonly ImmutableArray<string> RequiredColumns = [PlateId, WellId, CellLine, Compound, Dose, Timepoint];

    /// <summary>Every column, in the order <see cref="Write"/> puts them.</summary>
    public static readonly ImmutableArray<string> Columns = [.. RequiredColumns, Day, Operator, IsSentinel, PlateFormatColumn];

    /// <summary>Checks every row of the table and returns its number of wells; throws <see cref="DesignException"/> at the first error.</summary>
    public static long Validate(Func<TextReader> open, string fileName, ParameterSet parameters)
    {
        var occupancy = new WellOccupancy();
        long wells = 0;
        foreach (var row in Rows(open, fileName, parameters))
        {
            wells++;
            if (occupancy.Occupy(row.Well, row.Position.Row, row.Position.Column, row.Line) is { } conflict)
            {
                var w = row.Well;
                throw new DesignException(conflict.Duplicate
                    ? $"{row.WellLocation}: well {w.WellId} of plate '{w.PlateId}' for cell line {w.CellLine} is given twice (first at line {FirstUse(open, fileName, parameters, w)}); expected each (plate_id, cell_line, well_id) once"
                    : $"{row.WellLocation}: plate '{w.PlateId}' for cell line {w.CellLine} is a {conflict.Format.Wells}-well plate from line {conflict.FirstLine.ToString(CultureInfo.InvariantCulture)}, but this row says plate_format {w.Format.Wells}; expected one format per plate");
            }
        }

        if (wells == 0)
        {
            throw new DesignException($"{fileName}:1:1: the design has a header but no wells; expected one row per well after it");
        }

        return wells;
    }

    /// <summary>The wells of a table in file order, lazily; each row is checked again, but only <see cref="Validate"/> finds duplicates.</summary>
    public static IEnumerable<WellSpec> Read(Func<TextReader> open, string fileName, ParameterSet parameters) =>
        Rows(open, fileName, parameters).Select(r => r.Well);

    /// <summary>Writes wells as CSV with every column and LF line ends; doses in round-trip form, so reading the file back gives the same doubles.</summary>
    public static void Write(TextWriter output, IEnumerable<WellSpec> wells)
    {
        output.Write(string.Join(',', Columns));
        output.Write('\n');
        foreach (var w in wells)
        {
            output.Write(Quote(w.PlateId));
            output.Write(',');
            output.Write(Quote(w.WellId));
            output.Write(',');
            output.Write(Quote(w.CellLine));
            output.Write(',');
            output.Write(Quote(w.Compound));
            output.Write(',');
            output.Write(w.DoseUm.ToString("R", CultureInfo.InvariantCulture));
            output.Write(',');
            output.Write(w.TimepointH.ToString("R", CultureInfo.InvariantCulture));
            output.Write(',');
            output.Write(w.Day.ToString(CultureInfo.InvariantCulture));
            output.Write(',');
            output.Write(Quote(w.Operator));
            output.Write(',');
            output.Write(w.IsSentinel ? "true" : "false");
            output.Write(',');
            output.Write(w.Format.Wells.ToString(CultureInfo.InvariantCulture));
            output.Write('\n');
        }
    }

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n\t") < 0 && text.Trim().Length == text.Length ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Control characters escaped, so the message stays on one line and shows what is there.</summary>
    private static string Shown(string text) =>
        string.Concat(text.Select(ch => ch switch
        {
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            _ when char.IsControl(ch) => "\\u" + ((int)ch).ToString("x4", CultureInfo.InvariantCulture),
            _ => ch.ToString(),
        }));

    private readonly record struct Row(WellSpec Well, int Line, SourceLocation WellLocation, (int Row, int Column) Position);

    private static IEnumerable<Row> Rows(Func<TextReader> open, string fileName, ParameterSet parameters)
    {
        using var text = open();
        var reader = new DelimitedReader(text, fileName);
        var fields = new List<Field>();
        var header = ReadHeader(reader, fields, fileName);
        var parser = new RowParser(header, fileName, parameters);
        while (reader.ReadRecord(fields))
        {
            if (IsBlank(fields))
            {
                continue;
            }

            if (fields.Count != header.Count)
            {
                var (line, column) = fields.Count < header.Count ? reader.RecordEnd : (fields[header.Count].Line, fields[header.Count].Column);
                throw new DesignException(string.Create(CultureInfo.InvariantCulture,
                    $"{new SourceLocation(fileName, line, column)}: expected {header.Count} fields as in the header ({string.Join(", ", header.Names)}), found {fields.Count}"));
            }

            yield return parser.Parse(fields);
        }
    }

    /// <summary>Blank lines, and rows of empty fields such as spreadsheets leave at the end, hold no well.</summary>
    private static bool IsBlank(List<Field> fields) => fields.TrueForAll(f => f.Text.Length == 0 && !f.Quoted);

    private sealed record Header(IReadOnlyList<string> Names, IReadOnlyDictionary<string, int> Index)
    {
        public int Count => Names.Count;
    }

    private static Header ReadHeader(DelimitedReader reader, List<Field> fields, string fileName)
    {
        do
        {
            if (!reader.ReadRecord(fields))
            {
                throw new DesignException($"{fileName}:1:1: the design file is empty; expected a header line naming the columns {string.Join(", ", RequiredColumns)} (and optionally {string.Join(", ", Columns.Except(RequiredColumns))})");
            }
        }
        while (IsBlank(fields));

        var known = Columns.ToDictionary(c => c, c => c, StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var location = new SourceLocation(fileName, field.Line, field.Column);
            var name = field.Text.Trim();
            if (!known.TryGetValue(name, out var column))
            {
                var hint = name.Contains(';', StringComparison.Ordinal) ? " (fields must be separated by commas or tabs, not semicolons)"
                    : !fields.Exists(f => known.ContainsKey(f.Text.Trim())) ? " (the first line must be a header naming the columns)"
                    : string.Empty;
                throw new DesignException($"{location}: unknown column '{Shown(field.Text)}'{hint}; expected one of {string.Join(", ", Columns.Order(StringComparer.Ordinal))}");
            }

            if (index.TryGetValue(column, out var earlier))
            {
                throw new DesignException(string.Create(CultureInfo.InvariantCulture,
                    $"{location}: column '{Shown(field.Text)}' appears twice (fields {earlier + 1} and {names.Count + 1}); expected each column once"));
            }

            index[column] = names.Count;
            names.Add(column);
        }

        var missing = RequiredColumns.Where(c => !index.ContainsKey(c)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new DesignException($"{new SourceLocation(fileName, fields[0].Line, 1)}: missing required column{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing)}; the header has {string.Join(", ", names)}");
        }

        return new Header(names, index);
    }

    /// <summary>Turns one record into a well, checking each value against the parameter set and the plate format.</summary>
    private sealed class RowParser(Header header, string fileName, ParameterSet parameters)
    {
        private static readonly ImmutableArray<string> FormatChoices = [.. PlateFormat.All.Select(f => f.Wells.ToString(CultureInfo.InvariantCulture))];

        private readonly int _plate = header.Index[PlateId];
        private readonly int _well = header.Index[WellId];
        private readonly int _cellLine = header.Index[CellLine];
        private readonly int _compound = header.Index[Compound];
        private readonly int _dose = header.Index[Dose];
        private readonly int _timepoint = header.Index[Timepoint];
        private readonly int _day = header.Index.GetValueOrDefault(Day, -1);
        private readonly int _operator = header.Index.GetValueOrDefault(Operator, -1);
        private readonly int _sentinel = header.Index.GetValueOrDefault(IsSentinel, -1);
        private readonly int _format = header.Index.GetValueOrDefault(PlateFormatColumn, -1);
        private readonly string[] _cellLines = [.. parameters.CellLines.Keys.Order(StringComparer.Ordinal)];
        private readonly string[] _compounds = [.. parameters.Compounds.Keys.Append(Vocabulary.Vehicle).Order(StringComparer.Ordinal)];
        private readonly double _secondsLeft = (DateTimeOffset.MaxValue - parameters.CampaignStart).TotalSeconds - 1;

        public Row Parse(List<Field> fields)
        {
            var format = _format < 0 ? PlateFormat.Plate96 : ParseFormat(fields[_format]);
            var plateId = Name(fields[_plate], PlateId, "a plate name");
            var wellField = fields[_well];
            var position = format.Parse(wellField.Text)
                ?? throw Error(wellField, $"{WellId} '{Shown(wellField.Text)}' is not a well of a {format.Wells}-well plate; expected a row letter and a two-digit column from A01 to {format.WellId(format.Rows - 1, format.Columns - 1)}");
            var cellLine = Known(fields[_cellLine], CellLine, _cellLines);
            var compound = Known(fields[_compound], Compound, _compounds);
            var dose = Number(fields[_dose], Dose, "a finite number of micromolar >= 0");
            if (dose < 0)
            {
                throw Error(fields[_dose], $"{Dose} '{Shown(fields[_dose].Text)}' is negative; expected a finite number of micromolar >= 0");
            }

            var timepoint = Number(fields[_timepoint], Timepoint, "a finite number of hours > 0");
            if (timepoint <= 0)
            {
                throw Error(fields[_timepoint], $"{Timepoint} '{Shown(fields[_timepoint].Text)}' is not after seeding; expected a finite number of hours > 0");
            }

            var day = _day < 0 ? DefaultDay : ParseDay(fields[_day]);
            if (((day - 1) * 86400.0) + (timepoint * 3600.0) > _secondsLeft)
            {
                throw Error(fields[_timepoint], string.Create(CultureInfo.InvariantCulture, $"day {day} at {Timepoint} '{Shown(fields[_timepoint].Text)}' is read after the end of the calendar; expected a readout before the year 10000"));
            }

            var op = _operator < 0 ? DefaultOperator : Name(fields[_operator], Operator, "an operator name such as Operator_A");
            var sentinel = _sentinel >= 0 && ParseFlag(fields[_sentinel]);

            // Adding +0.0 turns a written -0 into 0, so "-0" and "0" name the same dose and the same design.
            var well = new WellSpec(plateId, wellField.Text, cellLine, compound, dose + 0.0, timepoint, day, op, sentinel, format);
            return new Row(well, fields[0].Line, Location(wellField), position);
        }

        private SourceLocation Location(Field field) => new(fileName, field.Line, field.Column);

        private DesignException Error(Field field, string problem) => new($"{Location(field)}: {problem}");

        private string Name(Field field, string column, string expected)
        {
            if (field.Text.Length == 0)
            {
                throw Error(field, $"{column} is empty; expected {expected}");
            }

            // '|' joins plate_id, cell_line and well_id into the key of a well's random draws, so it cannot be part of a name.
            foreach (var ch in field.Text)
            {
                if (ch == '|' || char.IsControl(ch))
                {
                    throw Error(field, $"{column} '{Shown(field.Text)}' contains '|' or a control character; expected {expected} without them");
                }
            }

            return field.Text;
        }

        private string Known(Field field, string column, string[] choices)
        {
            foreach (var choice in choices)
            {
                if (string.Equals(choice, field.Text, StringComparison.Ordinal))
                {
                    return choice;
                }
            }

            var near = choices.FirstOrDefault(c => string.Equals(c, field.Text.Trim(), StringComparison.OrdinalIgnoreCase));
            var hint = near is null ? string.Empty : $" (did you mean {near}?)";
            throw Error(field, $"unknown {column} '{Shown(field.Text)}'{hint}; expected one of {string.Join(", ", choices)}");
        }

        private double Number(Field field, string column, string expected)
        {
            if (!double.TryParse(field.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw Error(field, $"{column} '{Shown(field.Text)}' is not a number; expected {expected}");
            }

            if (!double.IsFinite(value))
            {
                throw Error(field, $"{column} '{Shown(field.Text)}' is not finite; expected {expected}");
            }

            return value;
        }

        private int ParseDay(Field field) =>
            int.TryParse(field.Text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var day) && day >= 1
                ? day
                : throw Error(field, $"{Day} '{Shown(field.Text)}' is not a day of the campaign; expected a whole number >= 1");

        private bool ParseFlag(Field field) => field.Text.Trim().ToLowerInvariant() switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => throw Error(field, $"{IsSentinel} '{Shown(field.Text)}' is not a flag; expected one of 0, 1, false, true"),
        };

        private PlateFormat ParseFormat(Field field) =>
            int.TryParse(field.Text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var wells) && PlateFormat.FromWells(wells) is { } format
                ? format
                : throw Error(field, $"{PlateFormatColumn} '{Shown(field.Text)}' is not a plate format; expected one of {string.Join(", ", FormatChoices)}");
    }

    /// <summary>The line where a well given twice first appears: found by reading again, so the first pass stores no lines.</summary>
    private static string FirstUse(Func<TextReader> open, string fileName, ParameterSet parameters, WellSpec well)
    {
        foreach (var row in Rows(open, fileName, parameters))
        {
            var w = row.Well;
            if (w.PlateId == well.PlateId && w.CellLine == well.CellLine && w.WellId == well.WellId)
            {
                return row.Line.ToString(CultureInfo.InvariantCulture);
            }
        }

        return "?";
    }
}

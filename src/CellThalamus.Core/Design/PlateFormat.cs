using System.Globalization;

namespace CellThalamus.Core.Design;

/// <summary>A plate format: 96 (A-H x 01-12), 384 (A-P x 01-24) or 1536 (A-AF x 01-48).</summary>
public sealed record PlateFormat(int Wells, int Rows, int Columns)
{
    public static readonly PlateFormat Plate96 = new(96, 8, 12);
    public static readonly PlateFormat Plate384 = new(384, 16, 24);
    public static readonly PlateFormat Plate1536 = new(1536, 32, 48);

    public static IReadOnlyList<PlateFormat> All { get; } = [Plate96, Plate384, Plate1536];

    public static PlateFormat? FromWells(int wells) => All.FirstOrDefault(f => f.Wells == wells);

    /// <summary>Row letters: A..Z, then AA..AF for 1536-well plates.</summary>
    public static string RowName(int row) => row < 26 ? ((char)('A' + row)).ToString() : "A" + (char)('A' + row - 26);

    public string WellId(int row, int column) => RowName(row) + (column + 1).ToString("00", CultureInfo.InvariantCulture);

    /// <summary>Parses a well id such as A01 or AF48; null when it is not a well of this format.</summary>
    public (int Row, int Column)? Parse(string wellId)
    {
        var letters = wellId.TakeWhile(char.IsAsciiLetterUpper).Count();
        if (letters is < 1 or > 2 || wellId.Length - letters != 2
            || !int.TryParse(wellId.AsSpan(letters), NumberStyles.None, CultureInfo.InvariantCulture, out var column))
        {
            return null;
        }

        var row = letters == 1 ? wellId[0] - 'A' : 26 + (wellId[1] - 'A');
        if (letters == 2 && wellId[0] != 'A')
        {
            return null;
        }

        return row < Rows && column >= 1 && column <= Columns ? (row, column - 1) : null;
    }

    /// <summary>Edge wells sit on the first or last row or column.</summary>
    public bool IsEdge(string wellId) =>
        Parse(wellId) is var (row, column) && (row == 0 || row == Rows - 1 || column == 0 || column == Columns - 1);
}

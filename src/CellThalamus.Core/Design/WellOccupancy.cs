namespace CellThalamus.Core.Design;

/// <summary>
/// Which wells of each physical plate (plate_id, cell_line) a design has used, to find a well given twice.
/// One bitset per plate, not one entry per well: memory grows with the number of plates (a 1536-well plate
/// costs 192 bytes), stays flat as wells stream past, and unlike 64-bit hashes it never mistakes two wells for one.
/// </summary>
internal sealed class WellOccupancy
{
    private readonly Dictionary<(string PlateId, string CellLine), Plate> _plates = [];

    /// <summary>Marks the well used; returns the plate's earlier format and first line when it disagrees, or the well was used.</summary>
    public Conflict? Occupy(WellSpec well, int row, int column, int line)
    {
        var key = (well.PlateId, well.CellLine);
        if (!_plates.TryGetValue(key, out var plate))
        {
            plate = new Plate(well.Format, line, new ulong[(well.Format.Wells + 63) / 64]);
            _plates.Add(key, plate);
        }

        if (plate.Format != well.Format)
        {
            return new Conflict(plate.Format, plate.FirstLine, Duplicate: false);
        }

        var index = (row * well.Format.Columns) + column;
        var mask = 1UL << (index & 63);
        if ((plate.Used[index >> 6] & mask) != 0)
        {
            return new Conflict(plate.Format, plate.FirstLine, Duplicate: true);
        }

        plate.Used[index >> 6] |= mask;
        return null;
    }

    public readonly record struct Conflict(PlateFormat Format, int FirstLine, bool Duplicate);

    private sealed record Plate(PlateFormat Format, int FirstLine, ulong[] Used);
}

using System.Globalization;

namespace CellThalamus.Storage;

/// <summary>How one column differs between two databases.</summary>
public sealed record ColumnDifference(string Column, long Rows, long? MaxUlps);

public sealed record ComparisonReport(
    bool BytesIdentical,
    bool ContentIdentical,
    IReadOnlyList<string> Structural,
    IReadOnlyList<string> FirstDifferences,
    IReadOnlyList<ColumnDifference> Columns,
    long RowsA,
    long RowsB,
    long DifferentRows)
{
    public const int MaxListed = 20;

    public bool Identical => BytesIdentical;

    /// <summary>Tells a floating-point-path difference (a few ulps) from a structural or model one.</summary>
    public string Hint =>
        ContentIdentical && !BytesIdentical ? "same content, different file layout: the SQLite engine, page size or statement order differs"
        : Structural.Count == 0 && Columns.Count > 0 && Columns.All(c => c.MaxUlps is <= 4)
            ? "every difference is within 4 ulps: a floating-point path differs (math library, FMA, instruction set), not the model"
            : "structural or model difference: different design, parameters, seed or model version";
}

/// <summary>Compares two results databases: bytes first, then schema, row counts, and every row by physical well.</summary>
public static class DatabaseComparison
{
    private static readonly string[] Key = ["plate_id", "cell_line", "well_id"];

    public static ComparisonReport Compare(string pathA, string pathB)
    {
        using var a = ResultsDatabase.Open(pathA);
        using var b = ResultsDatabase.Open(pathB);
        var bytesIdentical = SameBytes(pathA, pathB);
        var structural = new List<string>();
        var listed = new List<string>();
        var columnStats = new SortedDictionary<string, (long Rows, long? MaxUlps)>(StringComparer.Ordinal);

        foreach (var (table, _) in ContentHash.Tables)
        {
            var columnsA = a.Columns(table);
            var columnsB = b.Columns(table);
            if (!columnsA.SequenceEqual(columnsB))
            {
                structural.Add($"{table}: columns differ: [{string.Join(", ", columnsA)}] vs [{string.Join(", ", columnsB)}]");
            }
        }

        var rowsA = a.Count(Schema.ResultsTable);
        var rowsB = b.Count(Schema.ResultsTable);
        if (rowsA != rowsB)
        {
            structural.Add($"{Schema.ResultsTable}: {rowsA} rows vs {rowsB} rows");
        }

        foreach (var (table, orderBy) in ContentHash.Tables.Where(t => t.Table != Schema.ResultsTable))
        {
            var left = a.Query($"SELECT * FROM {table} ORDER BY {orderBy}").ToList();
            var right = b.Query($"SELECT * FROM {table} ORDER BY {orderBy}").ToList();
            if (left.Count != right.Count || left.Zip(right).Any(p => !p.First.SequenceEqual(p.Second)))
            {
                structural.Add($"{table}: rows differ");
            }
        }

        long differentRows = 0;
        var shared = a.Columns(Schema.ResultsTable).Intersect(b.Columns(Schema.ResultsTable)).ToList();
        if (Key.All(shared.Contains))
        {
            var select = $"SELECT {string.Join(", ", shared)} FROM {Schema.ResultsTable} ORDER BY {string.Join(", ", Key)}";
            var keyIndex = Key.Select(k => shared.IndexOf(k)).ToArray();
            using var left = a.Query(select).GetEnumerator();
            using var right = b.Query(select).GetEnumerator();
            var hasLeft = left.MoveNext();
            var hasRight = right.MoveNext();
            while (hasLeft || hasRight)
            {
                var order = !hasLeft ? 1 : !hasRight ? -1 : CompareKeys(left.Current, right.Current, keyIndex);
                if (order != 0)
                {
                    var row = order < 0 ? left.Current : right.Current;
                    differentRows++;
                    Note(listed, $"well {KeyText(row, keyIndex)} is only in {(order < 0 ? "A" : "B")}");
                    if (order < 0)
                    {
                        hasLeft = left.MoveNext();
                    }
                    else
                    {
                        hasRight = right.MoveNext();
                    }

                    continue;
                }

                var rowDiffers = false;
                for (var i = 0; i < shared.Count; i++)
                {
                    var (x, y) = (left.Current[i], right.Current[i]);
                    if (SameValue(x, y))
                    {
                        continue;
                    }

                    rowDiffers = true;
                    long? ulps = x is double dx && y is double dy ? Ulps(dx, dy) : null;
                    var stats = columnStats.GetValueOrDefault(shared[i], (0, 0));
                    columnStats[shared[i]] = (stats.Rows + 1, stats.MaxUlps is { } m && ulps is { } u ? Math.Max(m, u) : null);
                    Note(listed, $"well {KeyText(left.Current, keyIndex)} column {shared[i]}: {Show(x)} vs {Show(y)}" + (ulps is { } n ? $" ({n} ulps)" : string.Empty));
                }

                if (rowDiffers)
                {
                    differentRows++;
                }

                hasLeft = left.MoveNext();
                hasRight = right.MoveNext();
            }
        }
        else
        {
            structural.Add($"{Schema.ResultsTable}: the physical-well key ({string.Join(", ", Key)}) is missing");
        }

        var columns = columnStats.Select(kv => new ColumnDifference(kv.Key, kv.Value.Rows, kv.Value.MaxUlps)).ToList();
        var contentIdentical = structural.Count == 0 && differentRows == 0;
        return new ComparisonReport(bytesIdentical, contentIdentical, structural, listed, columns, rowsA, rowsB, differentRows);
    }

    /// <summary>Distance in units in the last place: how many doubles lie between a and b.</summary>
    public static long Ulps(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return long.MaxValue;
        }

        static long Ordered(double v)
        {
            var bits = BitConverter.DoubleToInt64Bits(v);
            return bits < 0 ? long.MinValue - bits : bits;
        }

        var distance = (decimal)Ordered(a) - Ordered(b);
        return (long)Math.Min(Math.Abs(distance), long.MaxValue);
    }

    private static bool SameBytes(string pathA, string pathB)
    {
        if (new FileInfo(pathA).Length != new FileInfo(pathB).Length)
        {
            return false;
        }

        using var a = File.OpenRead(pathA);
        using var b = File.OpenRead(pathB);
        var bufferA = new byte[1 << 16];
        var bufferB = new byte[1 << 16];
        int read;
        while ((read = a.ReadAtLeast(bufferA, bufferA.Length, throwOnEndOfStream: false)) > 0)
        {
            b.ReadExactly(bufferB, 0, read);
            if (!bufferA.AsSpan(0, read).SequenceEqual(bufferB.AsSpan(0, read)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameValue(object? x, object? y) => (x, y) switch
    {
        (null, null) => true,
        (double dx, double dy) => BitConverter.DoubleToInt64Bits(dx) == BitConverter.DoubleToInt64Bits(dy),
        (byte[] bx, byte[] by) => bx.AsSpan().SequenceEqual(by),
        _ => Equals(x, y),
    };

    private static int CompareKeys(object?[] x, object?[] y, int[] keyIndex)
    {
        foreach (var i in keyIndex)
        {
            // SQLite's default BINARY collation orders text by bytes, which ordinal UTF-16 order matches for these ids.
            var c = string.CompareOrdinal((string?)x[i], (string?)y[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    private static string KeyText(object?[] row, int[] keyIndex) => string.Join("|", keyIndex.Select(i => row[i]));

    private static string Show(object? value) => value switch
    {
        null => "NULL",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static void Note(List<string> listed, string line)
    {
        if (listed.Count < ComparisonReport.MaxListed)
        {
            listed.Add(line);
        }
    }
}

using System.Globalization;
using System.Text;
using CellThalamus.Storage;
using Microsoft.Data.Sqlite;

namespace CellThalamus.Cli.Tests.Approvals;

/// <summary>A readable, platform-neutral text of a results database: the design row and the first and last rows of the results.</summary>
public static class DatabaseDump
{
    public const int RowsAtEachEnd = 20;

    public static string DesignId(string db) => (string)Scalar(db, $"SELECT design_id FROM {Schema.DesignsTable}")!;

    public static long ResultCount(string db) => (long)Scalar(db, $"SELECT COUNT(*) FROM {Schema.ResultsTable}")!;

    public static string Describe(string db)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Schema.DesignsTable}:\n");
        Rows(db, $"SELECT * FROM {Schema.DesignsTable} ORDER BY design_id", text);

        var count = ResultCount(db);
        // Small tables are shown whole, so no row appears twice.
        var firstCount = count <= 2 * RowsAtEachEnd ? count : RowsAtEachEnd;
        text.Append(CultureInfo.InvariantCulture, $"{Schema.ResultsTable}: {count} rows; rows 1..{firstCount}:\n");
        Rows(db, $"SELECT * FROM {Schema.ResultsTable} ORDER BY result_id LIMIT {firstCount}", text);
        if (firstCount < count)
        {
            var skip = count - RowsAtEachEnd;
            text.Append(CultureInfo.InvariantCulture, $"{Schema.ResultsTable}: rows {skip + 1}..{count}:\n");
            Rows(db, $"SELECT * FROM {Schema.ResultsTable} ORDER BY result_id LIMIT {RowsAtEachEnd} OFFSET {skip}", text);
        }

        return text.ToString();
    }

    private static void Rows(string db, string sql, StringBuilder text)
    {
        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new string[reader.FieldCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.GetName(i);
        }

        text.Append(string.Join('\t', values)).Append('\n');

        while (reader.Read())
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Format(reader.GetValue(i));
            }

            text.Append(string.Join('\t', values)).Append('\n');
        }
    }

    /// <summary>Doubles in round-trip form so a one-ulp change shows; tabs and line breaks escaped so a row stays one line.</summary>
    public static string Format(object value) => value switch
    {
        DBNull => "NULL",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        string s => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
            .Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal),
        byte[] bytes => "x'" + Convert.ToHexStringLower(bytes) + "'",
        _ => throw new ArgumentException($"unexpected SQLite value of type {value.GetType().Name}; expected NULL, INTEGER, REAL, TEXT or BLOB", nameof(value)),
    };

    private static object? Scalar(string db, string sql)
    {
        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    // Pooling off so the file is closed when the test ends and its folder can be deleted on Windows.
    private static SqliteConnection Open(string db)
    {
        var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }
}

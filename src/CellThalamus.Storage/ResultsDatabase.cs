using Microsoft.Data.Sqlite;

namespace CellThalamus.Storage;

/// <summary>A database that cannot be read as a CellThalamus results file; the message is one line saying why.</summary>
public sealed class UnreadableDatabaseException(string message) : Exception(message);

/// <summary>Read-only access to a results database, with clear errors for a missing file, a non-database or a wrong schema.</summary>
public sealed class ResultsDatabase : IDisposable
{
    private readonly SqliteConnection _connection;

    private ResultsDatabase(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    public string Path { get; }

    public static ResultsDatabase Open(string path)
    {
        if (Directory.Exists(path))
        {
            throw new UnreadableDatabaseException($"{path} is a folder, not a database file");
        }

        if (!File.Exists(path))
        {
            throw new UnreadableDatabaseException($"{path} does not exist");
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            connection.Open();
            var database = new ResultsDatabase(path, connection);
            var tables = database.Tables();
            foreach (var required in new[] { "schema_version", Schema.DesignsTable, Schema.ResultsTable })
            {
                if (!tables.Contains(required))
                {
                    throw new UnreadableDatabaseException($"{path} is a SQLite database but has no {required} table (not a CellThalamus results file)");
                }
            }

            return database;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new UnreadableDatabaseException($"{path} is not a readable SQLite database ({e.Message.ReplaceLineEndings(" ")})");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public IReadOnlyList<string> Tables() =>
        Query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").Select(r => (string)r[0]!).ToList();

    public IReadOnlyList<string> Columns(string table) =>
        Query($"SELECT name FROM pragma_table_info('{table}') ORDER BY cid").Select(r => (string)r[0]!).ToList();

    /// <summary>Rows as typed values (long, double, string, byte[] or null), streamed.</summary>
    public IEnumerable<object?[]> Query(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            yield return row;
        }
    }

    public long Count(string table) => (long)Query($"SELECT COUNT(*) FROM {table}").First()[0]!;

    public void Dispose() => _connection.Dispose();
}

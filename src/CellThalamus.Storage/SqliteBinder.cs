using SQLitePCL;

namespace CellThalamus.Storage;

/// <summary>
/// The one place values reach SQLite: a prepared statement bound through SQLitePCL's raw calls (the managed
/// parameter layer costs about three times the engine's own insert time), typed, with NaN and infinities rejected.
/// </summary>
public sealed class SqliteBinder : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly IReadOnlyList<string> _names;

    public SqliteBinder(sqlite3 db, string sql, IReadOnlyList<string> names)
    {
        _db = db;
        _names = names;
        Check(raw.sqlite3_prepare_v2(db, sql, out _statement), "prepare");
    }

    /// <summary>Binds are 0-based here, in the order of the column names given.</summary>
    public void Text(int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, index + 1) : raw.sqlite3_bind_text(_statement, index + 1, value), _names[index]);

    public void Integer(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index + 1, value), _names[index]);

    public void Real(int index, double value) =>
        Check(double.IsFinite(value) ? raw.sqlite3_bind_double(_statement, index + 1, value)
            : throw new InvalidOperationException($"refusing to store a non-finite value in {_names[index]}"), _names[index]);

    /// <summary>Runs the statement with the bound values and readies it for the next row.</summary>
    public void Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            Check(rc, "insert");
        }

        Check(raw.sqlite3_reset(_statement), "reset");
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc, string what)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new IOException($"SQLite failed to {what}: {raw.sqlite3_errmsg(_db).utf8_to_string()} (code {rc})");
        }
    }
}

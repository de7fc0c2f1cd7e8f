using CellThalamus.Core.Model;
using Microsoft.Data.Sqlite;

namespace CellThalamus.Storage;

/// <summary>
/// Writes one campaign into a new SQLite file: explicit page size, rollback journal (never WAL), one transaction,
/// one prepared insert reused for every well, the unique index built at the end, fixed statement order.
/// </summary>
public sealed class ResultsWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteBinder _bind;
    private readonly string _designId;
    private long _nextResultId = 1;
    private bool _completed;

    private ResultsWriter(string path, string designId)
    {
        _designId = designId;
        // No pooling: the file must be closed, renamable and deletable the moment the writer is done.
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        _connection.Open();
        Execute($"PRAGMA page_size = {Schema.PageSize}");
        Execute("PRAGMA journal_mode = DELETE");
        Execute("PRAGMA synchronous = FULL");
        _transaction = _connection.BeginTransaction();
        foreach (var statement in Schema.CreateStatements())
        {
            Execute(statement);
        }

        var names = Schema.ResultColumns.Select(c => c.Name).ToList();
        // Prepared on the same connection, inside the transaction opened above.
        _bind = new SqliteBinder(_connection.Handle!, $"INSERT INTO {Schema.ResultsTable} ({string.Join(", ", names)}) VALUES ({string.Join(", ", names.Select(n => "?"))})", names);
    }

    public long RowsWritten => _nextResultId - 1;

    /// <summary>Creates the file at <paramref name="path"/>, which must not exist yet.</summary>
    public static ResultsWriter Create(string path, string designId)
    {
        if (File.Exists(path))
        {
            throw new IOException($"{path} already exists");
        }

        return new ResultsWriter(path, designId);
    }

    public void Write(IReadOnlyList<WellResult> results)
    {
        foreach (var r in results)
        {
            var w = r.Well;
            var p = r.Physics;
            var i = 0;
            _bind.Integer(i++, _nextResultId++);
            _bind.Text(i++, _designId);
            _bind.Text(i++, w.WellId);
            _bind.Text(i++, w.CellLine);
            _bind.Text(i++, w.Compound);
            _bind.Real(i++, w.DoseUm);
            _bind.Real(i++, w.TimepointH);
            _bind.Text(i++, w.PlateId);
            _bind.Integer(i++, w.Day);
            _bind.Text(i++, w.Operator);
            _bind.Integer(i++, w.IsSentinel ? 1 : 0);
            _bind.Real(i++, r.Measured.Er);
            _bind.Real(i++, r.Measured.Mito);
            _bind.Real(i++, r.Measured.Nucleus);
            _bind.Real(i++, r.Measured.Actin);
            _bind.Real(i++, r.Measured.Rna);
            _bind.Real(i++, r.Ldh);
            _bind.Real(i++, p.Death.Viability);
            _bind.Real(i++, p.Death.Compound);
            _bind.Real(i++, p.Death.Confluence);
            _bind.Real(i++, p.Death.Unknown);
            _bind.Text(i++, p.Death.Mode);
            _bind.Real(i++, p.TransportDysfunction);
            _bind.Text(i++, r.Timestamp);
            _bind.Text(i++, r.WellFailure);
            _bind.Real(i++, p.EffectiveDoseUm);
            _bind.Integer(i, w.Format.Wells);
            _bind.Execute();
        }
    }

    /// <summary>Writes the design and schema rows, builds the index, commits and closes the file.</summary>
    public void Complete(DesignRecord design, string appliedAt)
    {
        using (var command = Command("INSERT INTO schema_version (version, applied_at) VALUES ($v, $a)"))
        {
            command.Parameters.AddWithValue("$v", Schema.Version);
            command.Parameters.AddWithValue("$a", appliedAt);
            command.ExecuteNonQuery();
        }

        using (var command = Command($"INSERT INTO {Schema.DesignsTable} (design_id, phase, cell_lines, compounds, doses, timepoints, created_at, metadata) VALUES ($id, $phase, $lines, $compounds, $doses, $timepoints, $created, $metadata)"))
        {
            command.Parameters.AddWithValue("$id", design.DesignId);
            command.Parameters.AddWithValue("$phase", design.Phase);
            command.Parameters.AddWithValue("$lines", design.CellLinesJson);
            command.Parameters.AddWithValue("$compounds", design.CompoundsJson);
            command.Parameters.AddWithValue("$doses", design.DosesJson);
            command.Parameters.AddWithValue("$timepoints", design.TimepointsJson);
            command.Parameters.AddWithValue("$created", design.CreatedAt);
            command.Parameters.AddWithValue("$metadata", design.MetadataJson);
            command.ExecuteNonQuery();
        }

        Execute(Schema.UniqueIndex);
        _transaction.Commit();
        _completed = true;
        Dispose();
    }

    public void Dispose()
    {
        if (!_completed)
        {
            _completed = true;
            _transaction.Rollback();
        }

        _bind.Dispose();
        _transaction.Dispose();
        _connection.Dispose();
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

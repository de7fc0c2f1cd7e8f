using Microsoft.Data.Sqlite;

namespace CellThalamus.Storage;

/// <summary>The one place values reach SQLite: typed, invariant, and NaN or infinity rejected before it is stored.</summary>
public sealed class SqliteBinder
{
    private readonly SqliteParameter[] _parameters;

    public SqliteBinder(SqliteCommand command, IReadOnlyList<string> names)
    {
        _parameters = names.Select(n => command.Parameters.Add(new SqliteParameter("$" + n, null))).ToArray();
    }

    public void Text(int index, string? value) => _parameters[index].Value = (object?)value ?? DBNull.Value;

    public void Integer(int index, long value) => _parameters[index].Value = value;

    public void Real(int index, double value) =>
        _parameters[index].Value = double.IsFinite(value) ? value
            : throw new InvalidOperationException($"refusing to store a non-finite value in {_parameters[index].ParameterName[1..]}");
}

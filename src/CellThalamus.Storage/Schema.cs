namespace CellThalamus.Storage;

/// <summary>The tables and columns existing readers query (DESIGN.md section 3); new columns only ever go at the end.</summary>
public static class Schema
{
    public const int Version = 1;

    public const string ResultsTable = "thalamus_results";
    public const string DesignsTable = "thalamus_designs";

    public const int PageSize = 4096;

    /// <summary>Result columns in table order, with their SQL types.</summary>
    public static readonly IReadOnlyList<(string Name, string Type)> ResultColumns =
    [
        ("result_id", "INTEGER PRIMARY KEY"),
        ("design_id", "TEXT NOT NULL"),
        ("well_id", "TEXT NOT NULL"),
        ("cell_line", "TEXT NOT NULL"),
        ("compound", "TEXT NOT NULL"),
        ("dose_uM", "REAL NOT NULL"),
        ("timepoint_h", "REAL NOT NULL"),
        ("plate_id", "TEXT NOT NULL"),
        ("day", "INTEGER NOT NULL"),
        ("operator", "TEXT NOT NULL"),
        ("is_sentinel", "INTEGER NOT NULL"),
        ("morph_er", "REAL NOT NULL"),
        ("morph_mito", "REAL NOT NULL"),
        ("morph_nucleus", "REAL NOT NULL"),
        ("morph_actin", "REAL NOT NULL"),
        ("morph_rna", "REAL NOT NULL"),
        ("atp_signal", "REAL NOT NULL"),
        ("viability", "REAL NOT NULL"),
        ("death_compound", "REAL NOT NULL"),
        ("death_confluence", "REAL NOT NULL"),
        ("death_unknown", "REAL NOT NULL"),
        ("death_mode", "TEXT"),
        ("transport_dysfunction_score", "REAL NOT NULL"),
        ("timestamp", "TEXT NOT NULL"),
        ("well_failure", "TEXT"),
        ("effective_dose_uM", "REAL NOT NULL"),
        ("plate_format", "INTEGER NOT NULL"),
    ];

    /// <summary>Columns that describe what the cells did; a measurement change must never move them.</summary>
    public static readonly IReadOnlyList<string> PhysicsColumns =
        ["viability", "death_compound", "death_confluence", "death_unknown", "death_mode", "transport_dysfunction_score", "effective_dose_uM"];

    public static IEnumerable<string> CreateStatements()
    {
        yield return "CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)";
        yield return $"CREATE TABLE {DesignsTable} (design_id TEXT PRIMARY KEY, phase INTEGER NOT NULL, cell_lines TEXT NOT NULL, compounds TEXT NOT NULL, doses TEXT NOT NULL, timepoints TEXT NOT NULL, created_at TEXT NOT NULL, metadata TEXT NOT NULL)";
        yield return $"CREATE TABLE {ResultsTable} ({string.Join(", ", ResultColumns.Select(c => $"{c.Name} {c.Type}"))})";
    }

    public const string UniqueIndex =
        $"CREATE UNIQUE INDEX idx_thalamus_results_physical_well ON {ResultsTable} (design_id, plate_id, cell_line, well_id)";
}

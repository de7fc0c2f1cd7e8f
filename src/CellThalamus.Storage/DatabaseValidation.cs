using System.Globalization;
using System.Text.Json;
using CellThalamus.Core;
using CellThalamus.Core.Design;
using CellThalamus.Core.Model;

namespace CellThalamus.Storage;

/// <summary>One invariant: passed, failed (with the first violations and their count), or not applicable (with why).</summary>
public sealed class ValidationCheck(string name, string description)
{
    private readonly List<string> _violations = [];

    public string Name { get; } = name;

    public string Description { get; } = description;

    public long ViolationCount { get; private set; }

    public IReadOnlyList<string> Violations => _violations;

    public string? NotApplicableBecause { get; set; }

    public bool Passed => ViolationCount == 0;

    public void Violation(string text)
    {
        ViolationCount++;
        if (_violations.Count < 20)
        {
            _violations.Add(text);
        }
    }
}

/// <summary>Checks every invariant of MODEL.md section 3 on a results database.</summary>
public static class DatabaseValidation
{
    public const double PartitionTolerance = 1e-12;

    private static readonly string[] Unit = ["viability", "death_compound", "death_confluence", "death_unknown", "transport_dysfunction_score"];
    private static readonly string[] NonNegative = ["morph_er", "morph_mito", "morph_nucleus", "morph_actin", "morph_rna", "atp_signal", "dose_uM", "effective_dose_uM"];
    private static readonly string[] Failures = ["bubble", "contamination", "pipetting_error"];

    public static IReadOnlyList<ValidationCheck> Validate(ResultsDatabase db)
    {
        var schema = new ValidationCheck("schema", $"schema_version {Schema.Version}, the results table has every column in order");
        var design = new ValidationCheck("design", "one design row; every well carries its design_id; row count matches the design");
        var finite = new ValidationCheck("finite", "every numeric value is finite and present");
        var ranges = new ValidationCheck("ranges", "viability and deaths in [0, 1], morphology, LDH and doses >= 0, timepoint > 0, valid well ids and flags");
        var partition = new ValidationCheck("death partition", "death_compound + death_confluence + death_unknown = 1 - viability within 1e-12");
        var modes = new ValidationCheck("death modes", "death_mode follows the thresholds (0.05; 0.01 for unknown alone)");
        var unique = new ValidationCheck("unique wells", "no physical well (design_id, plate_id, cell_line, well_id) appears twice");
        var sentinels = new ValidationCheck("sentinels", "every 96-well plate that carries sentinels has all eight (DMSO A01 A12 H01 H12, tBHQ 10 uM A06 H06, tunicamycin 2 uM D06 E06) for every cell line on it");
        var seeding = new ValidationCheck("seeding stress", "every vehicle (zero-dose) well shows seeding death (death_unknown > 0)");
        var checks = new List<ValidationCheck> { schema, design, finite, ranges, partition, modes, unique, sentinels, seeding };

        var versions = db.Query("SELECT version FROM schema_version").Select(r => r[0]).ToList();
        if (versions.Count != 1 || versions[0] is not long v || v != Schema.Version)
        {
            schema.Violation($"schema_version holds [{string.Join(", ", versions)}], expected [{Schema.Version}]");
        }

        var columns = db.Columns(Schema.ResultsTable);
        var expected = Schema.ResultColumns.Select(c => c.Name).ToList();
        if (!columns.SequenceEqual(expected))
        {
            schema.Violation($"results columns [{string.Join(", ", columns)}], expected [{string.Join(", ", expected)}]");
            return checks;
        }

        var designs = db.Query($"SELECT design_id, metadata FROM {Schema.DesignsTable}").ToList();
        var rows = db.Count(Schema.ResultsTable);
        string? designId = null;
        if (designs.Count != 1)
        {
            design.Violation($"{designs.Count} design rows, expected 1");
        }
        else
        {
            designId = (string?)designs[0][0];
            var wells = ReadWellCount((string?)designs[0][1]);
            if (wells != rows)
            {
                design.Violation($"the design declares {wells?.ToString(CultureInfo.InvariantCulture) ?? "no"} wells, the results table has {rows}");
            }
        }

        var at = expected.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var vehicleWells = 0L;
        foreach (var row in db.Query($"SELECT {string.Join(", ", expected)} FROM {Schema.ResultsTable} ORDER BY result_id"))
        {
            var where = $"result_id {row[0]} ({row[at["plate_id"]]}|{row[at["cell_line"]]}|{row[at["well_id"]]})";
            if (designId is not null && !Equals(row[at["design_id"]], designId))
            {
                design.Violation($"{where}: design_id {row[at["design_id"]]} is not the design's {designId}");
            }

            var numbersOk = true;
            foreach (var (name, index) in at)
            {
                var type = Schema.ResultColumns[index].Type;
                if (type.StartsWith("REAL", StringComparison.Ordinal) && (row[index] is not double d || !double.IsFinite(d)))
                {
                    finite.Violation($"{where}: {name} is {row[index] ?? "NULL"}");
                    numbersOk = false;
                }
            }

            if (!numbersOk)
            {
                continue;
            }

            double Get(string name) => (double)row[at[name]]!;
            foreach (var name in Unit.Where(n => Get(n) is < 0 or > 1))
            {
                ranges.Violation($"{where}: {name} = {Get(name).ToString("R", CultureInfo.InvariantCulture)} is outside [0, 1]");
            }

            foreach (var name in NonNegative.Where(n => Get(n) < 0))
            {
                ranges.Violation($"{where}: {name} = {Get(name).ToString("R", CultureInfo.InvariantCulture)} is negative");
            }

            if (Get("timepoint_h") <= 0)
            {
                ranges.Violation($"{where}: timepoint_h must be > 0");
            }

            var format = row[at["plate_format"]] is long wellsPerPlate ? PlateFormat.FromWells((int)wellsPerPlate) : null;
            if (format is null || format.Parse((string)row[at["well_id"]]!) is null)
            {
                ranges.Violation($"{where}: well {row[at["well_id"]]} is not on a {row[at["plate_format"]]}-well plate");
            }

            if (row[at["is_sentinel"]] is not (0L or 1L))
            {
                ranges.Violation($"{where}: is_sentinel must be 0 or 1");
            }

            if (row[at["well_failure"]] is string failure && !Failures.Contains(failure))
            {
                ranges.Violation($"{where}: unknown well_failure '{failure}'");
            }

            if (row[at["timestamp"]] is not string stamp || !DateTimeOffset.TryParseExact(stamp, CampaignClock.IsoFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
            {
                ranges.Violation($"{where}: timestamp '{row[at["timestamp"]]}' is not {CampaignClock.IsoFormat}");
            }

            var (viability, compound, confluence, unknown) = (Get("viability"), Get("death_compound"), Get("death_confluence"), Get("death_unknown"));
            var gap = Math.Abs(compound + confluence + unknown - (1 - viability));
            if (!(gap <= PartitionTolerance))
            {
                partition.Violation($"{where}: deaths sum to {(compound + confluence + unknown).ToString("R", CultureInfo.InvariantCulture)}, 1 - viability is {(1 - viability).ToString("R", CultureInfo.InvariantCulture)} (off by {gap.ToString("G3", CultureInfo.InvariantCulture)})");
            }

            var mode = DeathAccounting.Mode(viability, compound, confluence, unknown);
            if (!Equals(row[at["death_mode"]], mode))
            {
                modes.Violation($"{where}: death_mode {row[at["death_mode"]] ?? "NULL"}, the thresholds give {mode ?? "NULL"}");
            }

            if (Get("dose_uM") == 0)
            {
                vehicleWells++;
                if (!(unknown > 0))
                {
                    seeding.Violation($"{where}: vehicle well with no seeding death");
                }
            }
        }

        if (vehicleWells == 0)
        {
            seeding.NotApplicableBecause = "the design has no zero-dose wells";
        }

        foreach (var duplicate in db.Query($"SELECT design_id, plate_id, cell_line, well_id, COUNT(*) FROM {Schema.ResultsTable} GROUP BY design_id, plate_id, cell_line, well_id HAVING COUNT(*) > 1 ORDER BY plate_id, cell_line, well_id"))
        {
            unique.Violation($"{duplicate[1]}|{duplicate[2]}|{duplicate[3]} appears {duplicate[4]} times");
        }

        CheckSentinels(db, sentinels);
        return checks;
    }

    private static void CheckSentinels(ResultsDatabase db, ValidationCheck check)
    {
        var present = db.Query($"SELECT plate_id, cell_line, well_id, compound, dose_uM FROM {Schema.ResultsTable} WHERE is_sentinel = 1 ORDER BY plate_id, cell_line, well_id")
            .Select(r => (Plate: (string)r[0]!, Line: (string)r[1]!, Well: (string)r[2]!, Compound: (string)r[3]!, Dose: (double)r[4]!))
            .ToLookup(r => (r.Plate, r.Line));
        if (present.Count == 0)
        {
            check.NotApplicableBecause = "the design has no sentinel wells (built-in demo or a design file without them)";
            return;
        }

        // A plate_id that carries sentinels stands for one physical 96-well plate per cell line, each with all eight.
        var groups = db.Query($"SELECT DISTINCT plate_id, cell_line FROM {Schema.ResultsTable} WHERE plate_format = 96 AND plate_id IN (SELECT plate_id FROM {Schema.ResultsTable} WHERE is_sentinel = 1) ORDER BY plate_id, cell_line")
            .Select(r => ((string)r[0]!, (string)r[1]!));
        foreach (var (plate, line) in groups)
        {
            foreach (var (compound, dose, well) in BuiltInDesigns.Sentinels)
            {
                if (!present[(plate, line)].Any(s => s.Well == well && s.Compound == compound && s.Dose == dose))
                {
                    check.Violation($"{plate}|{line}: sentinel {compound} {dose.ToString("R", CultureInfo.InvariantCulture)} uM at {well} is missing");
                }
            }
        }
    }

    private static long? ReadWellCount(string? metadata)
    {
        try
        {
            using var json = JsonDocument.Parse(metadata ?? string.Empty);
            return json.RootElement.TryGetProperty("wells", out var wells) && wells.TryGetInt64(out var count) ? count : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

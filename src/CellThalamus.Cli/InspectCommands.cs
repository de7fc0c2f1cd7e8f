using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CellThalamus.Engine;
using CellThalamus.Storage;

namespace CellThalamus.Cli;

/// <summary>`hash`, `compare`, `validate` and `self-test`: the receipts a user shows when two machines disagree.</summary>
public static class InspectCommands
{
    public static Command Hash(CliContext context)
    {
        var database = new Argument<string>("DB") { Description = "A results database." };
        var command = new Command("hash", "Print the content hash of a results database: SHA-256 over a canonical encoding of its ordered rows, independent of the SQLite file layout (see ContentHash.cs). Also prints the file's SHA-256 with --file.") { database };
        var file = new Option<bool>("--file") { Description = "Also print the SHA-256 of the file's bytes." };
        command.Options.Add(file);
        command.SetAction(parse => Guard(context, () =>
        {
            var path = parse.GetValue(database)!;
            using (var db = ResultsDatabase.Open(path))
            {
                context.Out.WriteLine($"content {ContentHash.Compute(db)}");
            }

            if (parse.GetValue(file))
            {
                context.Out.WriteLine($"file    {ContentHash.FileSha256(path)}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    public static Command Compare(CliContext context)
    {
        var a = new Argument<string>("A") { Description = "First results database." };
        var b = new Argument<string>("B") { Description = "Second results database." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var command = new Command("compare", "Compare two results databases: bytes first, then schema, row counts and every row by physical well (plate_id, cell_line, well_id), every column, with the ulp distance of numbers. Exit 0 identical, 1 different, 2 cannot read.") { a, b, json };
        command.SetAction(parse => Guard(context, () =>
        {
            var report = DatabaseComparison.Compare(parse.GetValue(a)!, parse.GetValue(b)!);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    identical = report.Identical,
                    bytes_identical = report.BytesIdentical,
                    content_identical = report.ContentIdentical,
                    rows_a = report.RowsA,
                    rows_b = report.RowsB,
                    different_rows = report.DifferentRows,
                    structural = report.Structural,
                    columns = report.Columns.Select(c => new { column = c.Column, rows = c.Rows, max_ulps = c.MaxUlps }),
                    first_differences = report.FirstDifferences,
                    hint = report.Identical ? null : report.Hint,
                }));
            }
            else if (report.Identical)
            {
                context.Out.WriteLine($"identical: the two files are byte-for-byte the same ({report.RowsA} wells)");
            }
            else
            {
                context.Out.WriteLine(report.ContentIdentical ? "different bytes, identical content (same content hash; the SQLite file layout differs)"
                    : $"different: {report.DifferentRows} wells differ or are in only one file (A has {report.RowsA} wells, B has {report.RowsB})");
                foreach (var line in report.Structural)
                {
                    context.Out.WriteLine($"  structure: {line}");
                }

                foreach (var column in report.Columns)
                {
                    var ulps = column.MaxUlps is { } u ? string.Create(CultureInfo.InvariantCulture, $", max {u} ulps") : string.Empty;
                    context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  column {column.Column}: {column.Rows} rows differ{ulps}"));
                }

                foreach (var line in report.FirstDifferences)
                {
                    context.Out.WriteLine($"  {line}");
                }

                context.Out.WriteLine($"hint: {report.Hint}");
            }

            return report.Identical ? ExitCodes.Success : ExitCodes.Different;
        }));
        return command;
    }

    public static Command Validate(CliContext context)
    {
        var database = new Argument<string>("DB") { Description = "A results database." };
        var command = new Command("validate", "Check every invariant of a results database: schema, design row and count, finite values, ranges, death partition within 1e-12, death modes, unique wells, sentinels, seeding stress. Exit 0 valid, 1 violations, 2 cannot read.") { database };
        command.SetAction(parse => Guard(context, () =>
        {
            using var db = ResultsDatabase.Open(parse.GetValue(database)!);
            var checks = DatabaseValidation.Validate(db);
            foreach (var check in checks)
            {
                var status = check.NotApplicableBecause is not null ? "N/A " : check.Passed ? "PASS" : "FAIL";
                context.Out.WriteLine($"{status}  {check.Name}: {check.NotApplicableBecause ?? check.Description}");
                foreach (var violation in check.Violations)
                {
                    context.Out.WriteLine($"        {violation}");
                }

                if (check.ViolationCount > check.Violations.Count)
                {
                    context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"        ... {check.ViolationCount} violations in all"));
                }
            }

            var failed = checks.Count(c => !c.Passed);
            context.Out.WriteLine(failed == 0 ? $"valid: {db.Count(Schema.ResultsTable)} wells, every invariant holds" : $"invalid: {failed} of {checks.Count} checks failed");
            return failed == 0 ? ExitCodes.Success : ExitCodes.Different;
        }));
        return command;
    }

    public static Command SelfTestCommand(CliContext context)
    {
        var seed = CommonOptions.Seed();
        var profile = CommonOptions.Profile();
        var command = new Command("self-test", "Run the real well simulation and prove observer independence (the assay never moves physics), addressability (any subset, any order, any thread count gives the same bits) and the generator's known answers. Exit 0 only if all hold.") { seed, profile };
        command.SetAction(parse =>
        {
            var properties = SelfTest.Run(CommonOptions.LoadParameters(context, parse.GetValue(profile)!), parse.GetValue(seed));
            foreach (var property in properties)
            {
                context.Out.WriteLine($"{(property.Passed ? "PASS" : "FAIL")}  {property.Name}: {property.Evidence}");
            }

            var passed = properties.All(p => p.Passed);
            context.Out.WriteLine(passed ? "self-test passed" : "self-test FAILED");
            return passed ? ExitCodes.Success : ExitCodes.Different;
        });
        return command;
    }

    private static int Guard(CliContext context, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (UnreadableDatabaseException e)
        {
            return CliApp.Fail(context, e.Message);
        }
    }
}

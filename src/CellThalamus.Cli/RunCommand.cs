using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CellThalamus.Core.Design;
using CellThalamus.Core.Identity;

namespace CellThalamus.Cli;

/// <summary>`cell-thalamus run`: simulate a campaign into a SQLite database, with a banner, progress and a summary.</summary>
public static class RunCommand
{
    public const string DatabaseFileName = "cell_thalamus_results.db";

    public static Command Build(CliContext context)
    {
        var mode = CommonOptions.Mode();
        var profile = CommonOptions.Profile();
        var seed = CommonOptions.Seed();
        var workers = CommonOptions.Workers();
        var output = new Option<string?>("--out") { Description = $"Output folder; the database is written to FOLDER/{DatabaseFileName}. Default: artifacts/runs/seed-SEED. Missing folders are created." }.PathValue();
        var dbPath = new Option<string?>("--db-path") { Description = "Exact database file path (instead of --out)." }.PathValue();
        var designId = new Option<string?>("--design-id") { Description = "Override the computed design_id (8-4-4-4-12 lowercase hex), for deliberate replicates of another design. Logged loudly." };
        var force = new Option<bool>("--force") { Description = "Replace an existing database at the target path." };
        var quiet = new Option<bool>("--quiet") { Description = "No banner and no progress; only the summary." };
        var replicates = CommonOptions.Replicates();
        var design = DesignFile.CommandOption();
        var paramsFile = CommonOptions.Params();

        var command = new Command("run", "Simulate a campaign and write it to a SQLite database (table thalamus_results, one row per well).")
        {
            mode, profile, seed, workers, output, dbPath, designId, force, quiet, replicates, design, paramsFile,
        };
        command.Validators.Add(r =>
        {
            if (r.GetResult(output) is not null && r.GetResult(dbPath) is not null)
            {
                r.AddError("--out and --db-path cannot be used together; give one");
            }

            if (r.GetResult(design) is not null && r.GetResult(mode) is { Implicit: false })
            {
                r.AddError("--mode and --design cannot be used together; give one");
            }

            if (r.GetResult(design) is not null && r.GetResult(replicates) is not null)
            {
                r.AddError("--replicates applies to --mode only; a --design file lists every well");
            }

            if (r.GetValue(designId) is { } id && !DesignIdentity.IsWellFormed(id))
            {
                r.AddError($"--design-id must be 32 lowercase hex digits as 8-4-4-4-12, got '{id}'");
            }
        });

        command.SetAction(parse =>
        {
            var seedValue = parse.GetValue(seed);
            var target = parse.GetValue(dbPath)
                ?? Path.Combine(parse.GetValue(output) ?? Path.Combine("artifacts", "runs", $"seed-{seedValue.ToString(CultureInfo.InvariantCulture)}"), DatabaseFileName);
            var parameters = CommonOptions.LoadParameters(context, parse.GetValue(profile)!, parse.GetValue(paramsFile));
            var modeName = parse.GetValue(mode)!;
            var replicateCount = parse.GetValue(replicates);
            var designPath = parse.GetValue(design);
            var request = new CampaignRequest(
                designPath is null ? modeName : $"file {designPath}",
                designPath is null ? () => BuiltInDesigns.Wells(modeName, parameters, replicateCount) : DesignFile.Load(designPath, parameters),
                parameters,
                seedValue,
                parse.GetValue(workers),
                target,
                parse.GetValue(force),
                parse.GetValue(designId));
            return Execute(context, request, parse.GetValue(quiet));
        });
        return command;
    }

    /// <summary>What an existing database holds, so a user can tell before --force whether it is the same design.</summary>
    private static string DescribeExisting(string path)
    {
        try
        {
            using var db = CellThalamus.Storage.ResultsDatabase.Open(path);
            var id = db.Query($"SELECT design_id FROM {CellThalamus.Storage.Schema.DesignsTable}").Select(r => r[0]).FirstOrDefault();
            return $"it holds {db.Count(CellThalamus.Storage.Schema.ResultsTable)} wells, design_id {id}";
        }
        catch (Exception e) when (e is CellThalamus.Storage.UnreadableDatabaseException or Microsoft.Data.Sqlite.SqliteException)
        {
            return "not a readable results database";
        }
    }

    public static int Execute(CliContext context, CampaignRequest request, bool quiet)
    {
        if (Directory.Exists(request.TargetPath))
        {
            throw new UsageException($"{request.TargetPath} is a folder; give a file path for the database");
        }

        var (computedId, total) = CampaignJob.ComputeDesignId(request);
        var designId = request.DesignIdOverride ?? computedId;
        if (File.Exists(request.TargetPath) && !request.Force)
        {
            throw new UsageException($"{request.TargetPath} already exists ({DescribeExisting(request.TargetPath)}; this run: {total} wells, design_id {designId}); use --force to replace it or --out another folder");
        }

        if (request.DesignIdOverride is not null)
        {
            context.Error.WriteLine($"WARNING: design_id overridden to {designId} (computed {computedId}). This database claims to be a replicate of that design.");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(request.TargetPath))!;
        Directory.CreateDirectory(directory);

        if (!quiet)
        {
            Banner.Write(context.Out, request, designId, total);
        }

        using var progress = quiet ? null : new ProgressDisplay(context.Out, context.OutIsTerminal, total);
        var outcome = CampaignJob.Run(request, designId, progress, context.Cancellation);
        progress?.Finish();
        var rate = outcome.Seconds > 0 ? outcome.Wells / outcome.Seconds : 0;
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"done: {outcome.Wells} wells in {outcome.Seconds:F2} s ({rate:F0} wells/s) -> {outcome.TargetPath} (design_id {outcome.DesignId})"));
        return ExitCodes.Success;
    }
}

/// <summary>A progress bar on a terminal; a plain line every tenth otherwise.</summary>
public sealed class ProgressDisplay(TextWriter output, bool terminal, long total) : IProgress<long>, IDisposable
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _lastTenth = -1;
    private int _lastPercent = -1;

    public void Report(long done)
    {
        var percent = total == 0 ? 100 : (int)(done * 100 / total);
        if (terminal)
        {
            if (percent != _lastPercent)
            {
                _lastPercent = percent;
                var bar = new string('#', percent / 4).PadRight(25, '.');
                output.Write(string.Create(CultureInfo.InvariantCulture, $"\r[{bar}] {percent,3}% {done}/{total} wells, {_clock.Elapsed.TotalSeconds:F1} s"));
            }

            return;
        }

        var tenth = percent / 10;
        if (tenth != _lastTenth)
        {
            _lastTenth = tenth;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"progress: {done}/{total} wells ({percent}%), {_clock.Elapsed.TotalSeconds:F1} s"));
        }
    }

    public void Finish()
    {
        if (terminal)
        {
            output.WriteLine();
        }
    }

    public void Dispose()
    {
    }
}

using System.Diagnostics;
using CellThalamus.Core;
using CellThalamus.Core.Design;
using CellThalamus.Core.Identity;
using CellThalamus.Core.Model;
using CellThalamus.Core.Parameters;
using CellThalamus.Engine;
using CellThalamus.Storage;

namespace CellThalamus.Cli;

/// <summary>What to run: a design, its parameters, its seed, and where the database goes.</summary>
public sealed record CampaignRequest(
    string DesignLabel,
    Func<IEnumerable<WellSpec>> Wells,
    ParameterSet Parameters,
    ulong Seed,
    int Workers,
    string TargetPath,
    bool Force,
    string? DesignIdOverride);

public sealed record CampaignOutcome(long Wells, double Seconds, string DesignId, string TargetPath);

/// <summary>Runs a campaign into a temporary file beside the target and renames it into place when complete.</summary>
public static class CampaignJob
{
    /// <summary>The design_id and the number of wells, from one pass over the design.</summary>
    public static (string DesignId, long Wells) ComputeDesignId(CampaignRequest request)
    {
        var wells = 0L;
        var id = DesignIdentity.Compute(request.Parameters, request.Seed, request.Wells().Select(w =>
        {
            wells++;
            return w;
        }));
        return (id, wells);
    }

    public static CampaignOutcome Run(CampaignRequest request, string designId, IProgress<long>? progress, CancellationToken cancellation)
    {
        var target = request.TargetPath;
        if (File.Exists(target) && !request.Force)
        {
            throw new UsageException($"{target} appeared while this run was computing; use --force to replace it or --out another folder");
        }

        AtomicFile.RemoveStale(target);
        var temp = AtomicFile.TempPathFor(target);
        var clock = Stopwatch.StartNew();
        var summary = new DesignSummary();
        var model = new WellModel(request.Parameters, request.Seed);
        try
        {
            using (var writer = ResultsWriter.Create(temp, designId))
            {
                var wells = request.Wells().Select(w =>
                {
                    summary.Add(w);
                    return w;
                });
                CampaignRunner.Run(model, wells, request.Workers, batch =>
                {
                    writer.Write(batch);
                    progress?.Report(writer.RowsWritten);
                }, cancellation);

                var p = request.Parameters;
                var start = CampaignClock.Format(p.CampaignStart);
                var metadata = new SortedDictionary<string, object>(StringComparer.Ordinal)
                {
                    ["model_version"] = WellModel.SimVersion,
                    ["parameter_hash"] = DesignIdentity.ParameterHash(p),
                    ["profile"] = p.Profile,
                    ["seed"] = request.Seed,
                    ["wells"] = summary.Wells,
                };
                writer.Complete(
                    new DesignRecord(designId, 0, summary.CellLinesJson, summary.CompoundsJson, summary.DosesJson, summary.TimepointsJson, start, CanonicalJson.Serialize(metadata)),
                    start);
            }

            AtomicFile.Publish(temp, target, request.Force);
            return new CampaignOutcome(summary.Wells, clock.Elapsed.TotalSeconds, designId, target);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            AtomicFile.Discard(temp);
            throw new IOException($"cannot write the database in {Path.GetDirectoryName(Path.GetFullPath(target))}: {e.Message} (is the folder writable, with space left?)", e);
        }
        catch
        {
            // Interrupted, failed or cancelled: the temporary file goes, nothing at the target changes.
            AtomicFile.Discard(temp);
            throw;
        }
    }
}

// Check 2: workers 1, 4 and 64 give byte-identical databases.
CheckResult WorkerCountDeterminism() => RunCheck("WorkerCountDeterminism", folder =>
{
    var runs = new[] { "1", "4", "64" }.Select(w => (Workers: w, Folder: System.IO.Path.Combine(folder, "workers-" + w))).ToList();
    foreach (var run in runs) RunCampaign(run.Folder, new[] { "--workers", run.Workers });
    foreach (var run in runs.Skip(1))
    {
        var difference = FolderDifference(runs[0].Folder, run.Folder);
        if (difference != null) return (Verdict.Fail, $"workers 1 vs {run.Workers}: {difference}");
    }
    return (Verdict.Pass, $"full run (seed {checkSeed}) on 1, 4 and 64 workers: byte-identical");
});

Task("WorkerCountDeterminism").Description("Check 2: workers 1, 4 and 64 give byte-identical output.").IsDependentOn("Compile")
    .Does(() => FailUnlessPassed(WorkerCountDeterminism()));

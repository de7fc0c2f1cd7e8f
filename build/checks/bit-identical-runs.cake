// Check 1: two runs, same seed and workers, into two folders: the folders are byte-identical.
CheckResult BitIdenticalRuns() => RunCheck("BitIdenticalRuns", folder =>
{
    var a = System.IO.Path.Combine(folder, "runA");
    var b = System.IO.Path.Combine(folder, "runB");
    RunCampaign(a, new[] { "--workers", "4" });
    RunCampaign(b, new[] { "--workers", "4" });
    var difference = FolderDifference(a, b);
    return difference == null
        ? (Verdict.Pass, $"two full runs (seed {checkSeed}, 4 workers): folders byte-identical, sha256 {Sha256Of(System.IO.Path.Combine(a, "cell_thalamus_results.db"))[..16]}")
        : (Verdict.Fail, $"the same run twice gave different bytes: {difference}");
});

Task("BitIdenticalRuns").Description("Check 1: the same run twice gives byte-identical output folders.").IsDependentOn("Compile")
    .Does(() => FailUnlessPassed(BitIdenticalRuns()));

// All seven deployment checks, each run even if an earlier one failed, then a summary table and the verdict.
void RunAllChecks()
{
    var checks = new Func<CheckResult>[] { BitIdenticalRuns, WorkerCountDeterminism, StreamIsolation, ValidationSuite, ForbiddenApis, HardwareIndependence, Dependencies };
    foreach (var check in checks) check();
    Console.WriteLine();
    Console.WriteLine($"{"check",-24} {"result",-8} {"seconds",8}");
    foreach (var r in checkResults)
    {
        var verdict = r.Verdict == Verdict.Pass ? "PASS" : r.Verdict == Verdict.Fail ? "FAIL" : "NOT RUN";
        Console.WriteLine($"{r.Name,-24} {verdict,-8} {r.Duration.TotalSeconds,8:F1}");
    }
    var failed = checkResults.Where(r => r.Verdict != Verdict.Pass).ToList();
    if (failed.Count == 0)
    {
        Console.WriteLine("ALL CHECKS PASSED: this machine is fit for production runs.");
        Console.WriteLine($"production command: ./build.sh Run --seed {checkSeed} --workers {Environment.ProcessorCount}");
    }
    else
    {
        Console.WriteLine($"CHECKS FAILED: {string.Join(", ", failed.Select(r => r.Name))}. Do not run production here; see the README section of each failed check.");
    }
}

Task("QuickJhTest").Description("The seven deployment checks with a summary table: is this machine fit for production?").IsDependentOn("Compile")
    .Does(() =>
{
    RunAllChecks();
    if (checkResults.Any(r => r.Verdict != Verdict.Pass)) throw new CakeException(1, "deployment checks failed");
});

Task("Ci").Description("Compile, Test, the seven checks and LintWorkflow; ends with `tests: N passed, M failed` counting every test and check.").IsDependentOn("Compile")
    .Does(() =>
{
    RunTests();
    RunAllChecks();
    var lint = LintWorkflow();
    // A check that could not run (NOT RUN, with its reason) is counted neither passed nor failed; the seven are never NOT RUN.
    var passed = testCounts.Passed + checkResults.Count(r => r.Verdict == Verdict.Pass);
    var failed = testCounts.Failed + checkResults.Count(r => r.Verdict == Verdict.Fail || (r.Verdict == Verdict.NotRun && r != lint));
    Console.WriteLine($"tests: {passed} passed, {failed} failed");
    if (failed > 0) throw new CakeException(1, "CI failed");
});

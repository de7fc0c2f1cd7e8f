// Check 4: `cell-thalamus validate` on a full run: every invariant holds.
CheckResult ValidationSuite() => RunCheck("ValidationSuite", folder =>
{
    var db = Baseline(folder);
    var (code, output) = Capture("dotnet", new[] { cliDll, "validate", db });
    System.IO.File.WriteAllText(System.IO.Path.Combine(folder, "validate.txt"), output);
    var passed = output.Split('\n').Count(l => l.StartsWith("PASS"));
    var last = output.Trim().Split('\n').Last();
    return code == 0 ? (Verdict.Pass, $"{passed} invariants hold; {last}") : (Verdict.Fail, $"validate exit {code}: {last}");
});

Task("ValidationSuite").Description("Check 4: validate a full run: partition, ranges, counts, sentinels, seeding stress, schema.").IsDependentOn("Compile")
    .Does(() => FailUnlessPassed(ValidationSuite()));

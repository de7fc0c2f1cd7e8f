// Check 5: the determinism analyzer fires on a canary full of banned calls (so it cannot pass by being off),
// and Core and Engine compile clean with every rule as an error.
CheckResult ForbiddenApis() => RunCheck("ForbiddenApis", folder =>
{
    var analyzerReadme = System.IO.Path.Combine(root, "src", "CellThalamus.Analyzers", "README.md");
    var canary = System.IO.Path.Combine(root, "tests", "CellThalamus.Analyzers.Canary", "CellThalamus.Analyzers.Canary.csproj");
    if (!System.IO.File.Exists(canary) || !System.IO.File.Exists(analyzerReadme))
        return (Verdict.Fail, "the determinism analyzer or its canary project is missing");

    // Every rule id the analyzer documents must fire on the canary.
    var ids = System.Text.RegularExpressions.Regex.Matches(System.IO.File.ReadAllText(analyzerReadme), @"\bCTH\d{3}\b")
        .Select(m => m.Value).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToList();
    var (canaryCode, canaryOutput) = Capture("dotnet", new[] { "build", canary, "-c", configuration, "-nologo", "-v", "q" });
    System.IO.File.WriteAllText(System.IO.Path.Combine(folder, "canary-build.txt"), canaryOutput);
    var missing = ids.Where(id => !canaryOutput.Contains(id)).ToList();
    if (canaryCode == 0) return (Verdict.Fail, "the canary full of banned calls compiled: the analyzer is not running");
    if (ids.Count == 0 || missing.Count > 0) return (Verdict.Fail, $"the canary did not trigger {string.Join(", ", missing)} (of {ids.Count} documented rules)");

    foreach (var project in new[] { "CellThalamus.Core", "CellThalamus.Engine" })
    {
        var (code, output) = Capture("dotnet", new[] { "build", System.IO.Path.Combine(root, "src", project), "-c", configuration, "-nologo", "-v", "q" });
        System.IO.File.AppendAllText(System.IO.Path.Combine(folder, "clean-build.txt"), output);
        if (code != 0)
        {
            var errors = output.Split('\n').Where(l => l.Contains(": error ")).Distinct().Take(5);
            return (Verdict.Fail, $"{project} does not compile clean with the analyzer: {string.Join(" | ", errors).Trim()}");
        }
    }
    return (Verdict.Pass, $"canary triggers all {ids.Count} rules ({ids.First()}..{ids.Last()}); Core and Engine compile clean with them as errors");
});

Task("ForbiddenApis").Description("Check 5: the analyzer fires on a canary of banned calls; Core and Engine compile clean.")
    .Does(() => FailUnlessPassed(ForbiddenApis()));

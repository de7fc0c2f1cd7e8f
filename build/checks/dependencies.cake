// Check 7: the published tool, copied to an empty folder and run with a clean environment, answers --version,
// passes self-test and runs demo; the files it ships match the approved list (build/approved/dependencies.txt).
var approvedDependencies = System.IO.Path.Combine(root, "build", "approved", "dependencies.txt");

CheckResult Dependencies() => RunCheck("Dependencies", folder =>
{
    var publish = System.IO.Path.Combine(folder, "publish");
    var (code, output) = Capture("dotnet", new[] { "publish", System.IO.Path.Combine(root, "src", "CellThalamus.Cli"), "-c", configuration, "-p:UseAppHost=false", "-o", publish, "-nologo", "-v", "q" });
    if (code != 0) return (Verdict.Fail, "publish failed: " + output.Trim().Split('\n').Last());

    // An empty folder outside the repository, so nothing of the build tree can be found by accident.
    var empty = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cell-thalamus-dependencies-" + Environment.ProcessId);
    if (System.IO.Directory.Exists(empty)) System.IO.Directory.Delete(empty, true);
    CopyDirectory(publish, System.IO.Path.Combine(empty, "tool"));
    try
    {
        var dotnet = FindOnPath(OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet") ?? throw new Exception("dotnet is not on PATH");
        var dotnetRoot = System.IO.Path.GetDirectoryName(new System.IO.FileInfo(dotnet).ResolveLinkTarget(true)?.FullName ?? dotnet);
        var clean = new Dictionary<string, string>
        {
            ["PATH"] = dotnetRoot + System.IO.Path.PathSeparator + (OperatingSystem.IsWindows() ? Environment.GetEnvironmentVariable("SystemRoot") + "\\System32" : "/usr/bin:/bin"),
            ["HOME"] = empty,
            ["DOTNET_ROOT"] = dotnetRoot,
        };
        if (OperatingSystem.IsWindows()) clean["SystemRoot"] = Environment.GetEnvironmentVariable("SystemRoot");
        var tool = System.IO.Path.Combine(empty, "tool", "cell-thalamus.dll");
        var steps = new List<string>();
        foreach (var args in new[] { new[] { "--version" }, new[] { "self-test" }, new[] { "run", "--mode", "demo", "--out", System.IO.Path.Combine(empty, "demo"), "--quiet" } })
        {
            var (stepCode, stepOutput) = Capture(System.IO.Path.Combine(dotnetRoot, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"), new[] { tool }.Concat(args), clean, cleanEnvironment: true, workingDirectory: empty);
            if (stepCode != 0) return (Verdict.Fail, $"`cell-thalamus {string.Join(" ", args)}` in a clean environment exited {stepCode}: {stepOutput.Trim()}");
            steps.Add(args[0]);
        }

        var shipped = ShippedFiles(publish);
        System.IO.File.WriteAllLines(System.IO.Path.Combine(folder, "dependencies.received.txt"), shipped);
        if (HasArgument("approve")) System.IO.File.WriteAllLines(approvedDependencies, shipped);
        var approved = System.IO.File.Exists(approvedDependencies) ? System.IO.File.ReadAllLines(approvedDependencies).Where(l => l.Length > 0).ToList() : new List<string>();
        var added = shipped.Except(approved).ToList();
        var removed = approved.Except(shipped).ToList();
        if (added.Count + removed.Count > 0)
            return (Verdict.Fail, $"shipped files differ from build/approved/dependencies.txt: added [{string.Join(", ", added)}] removed [{string.Join(", ", removed)}]; review, then ./build.sh Dependencies --approve");
        return (Verdict.Pass, $"published tool in an empty folder with a clean environment ran {string.Join(", ", steps)}; {shipped.Count} shipped files match the approved list");
    }
    finally
    {
        System.IO.Directory.Delete(empty, true);
    }
});

// The published files as sorted relative paths ('/' separators), without debug symbols.
List<string> ShippedFiles(string publish) =>
    System.IO.Directory.GetFiles(publish, "*", SearchOption.AllDirectories)
        .Select(f => System.IO.Path.GetRelativePath(publish, f).Replace('\\', '/'))
        .Where(f => !f.EndsWith(".pdb"))
        .OrderBy(f => f, StringComparer.Ordinal).ToList();

void CopyDirectory(string from, string to)
{
    foreach (var file in System.IO.Directory.GetFiles(from, "*", SearchOption.AllDirectories))
    {
        var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target));
        System.IO.File.Copy(file, target);
    }
}

Task("Dependencies").Description("Check 7: the published tool runs from an empty folder with a clean environment; shipped files match the approved list (--approve to accept).").IsDependentOn("Compile")
    .Does(() => FailUnlessPassed(Dependencies()));

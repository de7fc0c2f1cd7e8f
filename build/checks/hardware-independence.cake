using System.Runtime.InteropServices;

// Check 6: the same run with SIMD off, AVX2 off, tiered compilation off, PGO off, ReadyToRun, and linux-arm64 under
// qemu must equal the baseline bytes. Every leg always runs; the arm64 leg reports NOT RUN (never PASS) without qemu.
CheckResult HardwareIndependence() => RunCheck("HardwareIndependence", folder =>
{
    var baseline = Baseline(folder);
    var legs = new List<(string Leg, string Outcome)>();
    var failed = new List<string>();
    var notRun = new List<string>();

    void Leg(string name, Func<string> run)
    {
        try
        {
            var db = run();
            if (db == null) { notRun.Add(name); return; }
            var same = Sha256Of(db) == Sha256Of(baseline);
            legs.Add((name, same ? "same" : "DIFFERENT"));
            if (!same) failed.Add(name);
        }
        catch (Exception e) { legs.Add((name, "ERROR")); failed.Add($"{name} ({e.Message.ReplaceLineEndings(" ")})"); }
    }

    foreach (var (variable, value) in new[] { ("DOTNET_EnableHWIntrinsic", "0"), ("DOTNET_EnableAVX2", "0"), ("DOTNET_TieredCompilation", "0"), ("DOTNET_TieredPGO", "0") })
    {
        Leg($"{variable}={value}", () => RunCampaign(System.IO.Path.Combine(folder, variable), new[] { "--workers", "3" }, new Dictionary<string, string> { [variable] = value }));
    }

    var rid = RuntimeInformation.RuntimeIdentifier;
    Leg($"ReadyToRun ({rid})", () =>
    {
        var publish = System.IO.Path.Combine(folder, "r2r");
        var (code, output) = Capture("dotnet", new[] { "publish", System.IO.Path.Combine(root, "src", "CellThalamus.Cli"), "-c", configuration, "-r", rid, "--self-contained", "false", "-p:PublishReadyToRun=true", "-p:UseAppHost=false", "-o", publish, "-nologo", "-v", "q" });
        if (code != 0) throw new Exception("ReadyToRun publish failed: " + output.Trim().Split('\n').Last());
        return RunCampaign(System.IO.Path.Combine(folder, "r2r-run"), new[] { "--workers", "2" }, entry: System.IO.Path.Combine(publish, "cell-thalamus.dll"));
    });

    Leg("linux-arm64 under qemu-aarch64", () =>
    {
        var qemu = FindOnPath("qemu-aarch64");
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != System.Runtime.InteropServices.Architecture.X64)
        {
            legs.Add(("linux-arm64 under qemu-aarch64", $"NOT RUN: needs a linux-x64 host, this is {rid}"));
            return null;
        }
        if (qemu == null || !System.IO.Directory.Exists("/usr/aarch64-linux-gnu"))
        {
            legs.Add(("linux-arm64 under qemu-aarch64", "NOT RUN: qemu-aarch64 or /usr/aarch64-linux-gnu missing (apt-get install qemu-user libc6-arm64-cross)"));
            return null;
        }
        var publish = System.IO.Path.Combine(folder, "arm64");
        var (code, output) = Capture("dotnet", new[] { "publish", System.IO.Path.Combine(root, "src", "CellThalamus.Cli"), "-c", configuration, "-r", "linux-arm64", "--self-contained", "true", "-o", publish, "-nologo", "-v", "q" });
        if (code != 0) throw new Exception("linux-arm64 publish failed: " + output.Trim().Split('\n').Last());
        var environment = new Dictionary<string, string> { ["QEMU_LD_PREFIX"] = "/usr/aarch64-linux-gnu", ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" };
        var (archCode, arch) = Capture(qemu, new[] { System.IO.Path.Combine(publish, "cell-thalamus"), "--version" }, environment);
        if (archCode != 0) throw new Exception("the arm64 build does not start under qemu: " + arch.Trim());
        return RunCampaign(System.IO.Path.Combine(folder, "arm64-run"), new[] { "--workers", "2" }, environment, program: qemu, entry: System.IO.Path.Combine(publish, "cell-thalamus"));
    });

    var summary = string.Join("; ", legs.Select(l => $"{l.Leg}: {l.Outcome}"));
    if (failed.Count > 0) return (Verdict.Fail, $"differs from the baseline: {string.Join(", ", failed)} ({summary})");
    return (Verdict.Pass, $"{legs.Count(l => l.Outcome == "same")} legs byte-identical to the baseline ({summary})");
});

string FindOnPath(string name) =>
    (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator)
        .Select(d => System.IO.Path.Combine(d, name)).FirstOrDefault(System.IO.File.Exists);

Task("HardwareIndependence").Description("Check 6: SIMD off, AVX2 off, tiering off, PGO off, ReadyToRun and linux-arm64 under qemu give the baseline bytes.").IsDependentOn("Compile")
    .Does(() => FailUnlessPassed(HardwareIndependence()));

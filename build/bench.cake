// Benchmarks: wall time and wells/s of real runs on this machine, and speeds compared as ratios within one run.
Task("Bench").Description("Time the full campaign and a 230,400-well campaign on 1 and 2+ workers; report wells/s and ratios.").IsDependentOn("Compile")
    .Does(() =>
{
    var folder = CheckFolder("Bench");
    double Time(string label, IEnumerable<string> args)
    {
        var out_ = System.IO.Path.Combine(folder, label);
        var clock = Stopwatch.StartNew();
        var (code, output) = Capture("dotnet", new[] { cliDll, "run", "--out", out_, "--quiet" }.Concat(args));
        clock.Stop();
        if (code != 0) throw new CakeException(1, $"{label}: {output.Trim()}");
        System.IO.Directory.Delete(out_, true);
        return clock.Elapsed.TotalSeconds;
    }
    var many = Math.Max(2, Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture);
    var rows = new List<(string Label, long Wells, double Seconds)>();
    foreach (var workers in new[] { "1", many })
    {
        // Best of three: the first run also pays for JIT and SQLite start-up.
        var best = Enumerable.Range(0, 3).Select(_ => Time($"full-w{workers}", new[] { "--mode", "full", "--workers", workers })).Min();
        rows.Add(($"full, {workers} worker(s), process wall time", 2304, best));
    }
    foreach (var workers in new[] { "1", many })
    {
        rows.Add(($"--replicates 100, {workers} worker(s), process wall time", 76800, Time($"big-w{workers}", new[] { "--replicates", "100", "--workers", workers })));
    }
    Console.WriteLine($"{"benchmark",-52} {"wells",8} {"seconds",8} {"wells/s",9}");
    foreach (var r in rows) Console.WriteLine($"{r.Label,-52} {r.Wells,8} {r.Seconds,8:F2} {r.Wells / r.Seconds,9:F0}");
    Console.WriteLine($"speed-up of {many} workers over 1 (76,800 wells): {rows[2].Seconds / rows[3].Seconds:F2}x");
    System.IO.Directory.Delete(folder, true);
});

// Drills: break one property in a fresh clone of HEAD and show that the check guarding it fails.
// Slow (each drill compiles the clone); run with ./build.sh Drills, not part of Ci. Results are in the README.
public sealed record Drill(string Name, string File, string Find, string Replace, string[] MustFail);

var drills = new[]
{
    new Drill("shared unkeyed random sequence in the well model", "src/CellThalamus.Core/Model/WellModel.cs",
        "var cv = noise.MorphologyCv * (1 + (1 - physics.InstantEffect));",
        "var cv = noise.MorphologyCv * (1 + (1 - physics.InstantEffect)) * (1 + (0.01 * Shared.NextDouble()));",
        new[] { "WorkerCountDeterminism", "StreamIsolation" }),
    new Drill("wall-clock timestamp in the database", "src/CellThalamus.Cli/CampaignJob.cs",
        "[\"wells\"] = summary.Wells,",
        "[\"wells\"] = summary.Wells, [\"written_at\"] = DateTime.UtcNow.ToString(\"o\", System.Globalization.CultureInfo.InvariantCulture),",
        new[] { "BitIdenticalRuns" }),
    new Drill("System.Math.Exp in the model", "src/CellThalamus.Core/Model/WellModel.cs",
        "well.DoseUm * Exp(", "well.DoseUm * Math.Exp(",
        new[] { "ForbiddenApis" }),
    new Drill("violated death partition", "src/CellThalamus.Core/Model/DeathAccounting.cs",
        "var compound = (1 - seedingStress) * (1 - survival);", "var compound = (1 - seedingStress) * (1 - survival) * 1.001;",
        new[] { "ValidationSuite" }),
};

Task("Drills").Description("Break each guarded property in a clone and show its check fails (slow; Linux).")
    .Does(() =>
{
    var failures = new List<string>();
    foreach (var drill in drills)
    {
        var clone = System.IO.Path.Combine(artifacts, "drills", new string(drill.Name.Where(char.IsLetterOrDigit).ToArray()));
        if (System.IO.Directory.Exists(clone)) System.IO.Directory.Delete(clone, true);
        var (cloneCode, cloneOutput) = Capture("git", new[] { "clone", "-q", root, clone });
        if (cloneCode != 0) throw new CakeException(1, "git clone failed: " + cloneOutput);
        var path = System.IO.Path.Combine(clone, drill.File);
        var text = System.IO.File.ReadAllText(path);
        if (!text.Contains(drill.Find)) throw new CakeException(1, $"drill '{drill.Name}': the line to break is no longer in {drill.File}");
        text = text.Replace(drill.Find, drill.Replace);
        if (drill.Name.StartsWith("shared"))
            text = text.Replace("private readonly KeyedRandom _random;", "private readonly KeyedRandom _random;\n    private static readonly Random Shared = new(42);");
        System.IO.File.WriteAllText(path, text);
        foreach (var check in drill.MustFail)
        {
            var (code, output) = Capture("bash", new[] { "build.sh", check }, workingDirectory: clone);
            var verdict = output.Split('\n').FirstOrDefault(l => l.StartsWith("FAIL") || l.StartsWith("PASS")) ?? output.Trim().Split('\n').LastOrDefault();
            var ok = code != 0;
            Console.WriteLine($"{(ok ? "DRILL OK " : "DRILL BAD")}  {drill.Name} -> {check}: exit {code}: {verdict}");
            if (!ok) failures.Add($"{drill.Name} did not fail {check}");
        }
        System.IO.Directory.Delete(clone, true);
    }
    if (failures.Count > 0) throw new CakeException(1, string.Join("; ", failures));
});

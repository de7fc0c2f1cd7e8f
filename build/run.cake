// Run: builds Release and runs `cell-thalamus run`, forwarding only the options it knows; an unknown or repeated
// option is refused before the build, and the command's exit code is passed through.
var runValueOptions = new[] { "mode", "seed", "workers", "out", "db-path", "profile", "replicates", "design-id", "design", "params" };
var runFlagOptions = new[] { "force", "quiet" };
var runPathOptions = new[] { "out", "db-path", "design", "params" };
var callerDirectory = Environment.GetEnvironmentVariable("CELL_THALAMUS_CALLER_DIR") ?? root;

// Cake's own options, accepted by every target.
var cakeOptions = new[] { "target", "configuration", "verbosity" };

void RefuseUnknownOptions(string targetName, IEnumerable<string> allowed)
{
    var known = allowed.Concat(cakeOptions).ToHashSet(StringComparer.OrdinalIgnoreCase);
    foreach (var (name, values) in Context.Arguments.GetArguments().OrderBy(a => a.Key, StringComparer.Ordinal))
    {
        var problem = !known.Contains(name) ? $"unknown option --{name}"
            : values.Count > 1 ? $"--{name} is given {values.Count} times"
            : null;
        if (problem != null)
        {
            Console.Error.WriteLine($"build: error: {problem} for {targetName}; expected {string.Join(", ", allowed.OrderBy(o => o, StringComparer.Ordinal).Select(o => "--" + o))}");
            System.Environment.Exit(2);
        }
    }
}

// Checked before any build (this file is loaded before build.cake reads the target, so read it here).
if (string.Equals(Argument("target", "Compile"), "Run", StringComparison.OrdinalIgnoreCase))
{
    RefuseUnknownOptions("Run", runValueOptions.Concat(runFlagOptions));
}

Task("Run")
    .Description("Run a campaign: --mode (full) --seed (0) --workers (all cores) --out (artifacts/runs/seed-SEED) --profile --replicates --design --params --design-id --force --quiet.")
    .IsDependentOn("Compile")
    .Does(() =>
{
    var args = new List<string> { "run" };
    foreach (var name in runValueOptions)
    {
        if (!HasArgument(name)) continue;
        var value = Argument<string>(name);
        if (runPathOptions.Contains(name) && value.Length > 0 && !System.IO.Path.IsPathRooted(value))
            value = System.IO.Path.GetFullPath(System.IO.Path.Combine(callerDirectory, value));
        args.Add("--" + name);
        args.Add(value);
    }
    foreach (var flag in runFlagOptions)
    {
        if (HasArgument(flag)) args.Add("--" + flag);
    }
    var code = Exec("dotnet", new[] { cliDll }.Concat(args));
    if (code != 0) System.Environment.Exit(code);
});

Task("Run")
    .Description("Run a campaign: --mode (full) --seed (0) --workers (all cores) --out (artifacts/runs/seed-SEED) --profile --replicates --design --params --design-id --force --quiet.")
    .IsDependentOn("Compile")
    .Does(() =>
{
    var args = new List<string> { "run" };
    foreach (var name in new[] { "mode", "seed", "workers", "out", "db-path", "profile", "replicates", "design-id", "design", "params" })
    {
        if (HasArgument(name)) { args.Add("--" + name); args.Add(Argument<string>(name)); }
    }
    foreach (var flag in new[] { "force", "quiet" })
    {
        if (HasArgument(flag)) args.Add("--" + flag);
    }
    Cli(args, "run");
});

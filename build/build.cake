// The CellThalamus build: ./build.sh TARGET [--param value ...]. One file per concern, loaded here.
#load "common.cake"
#load "tests.cake"
#load "run.cake"
#load "checks/common.cake"
#load "checks/bit-identical-runs.cake"
#load "checks/worker-count-determinism.cake"
#load "checks/stream-isolation.cake"
#load "checks/validation-suite.cake"
#load "checks/forbidden-apis.cake"
#load "checks/hardware-independence.cake"
#load "checks/dependencies.cake"
#load "checks/quick-jh-test.cake"
#load "workflow-lint.cake"
#load "drills.cake"
#load "bench.cake"

var target = Argument("target", "Compile");

Task("Default").IsDependentOn("Compile");

Task("Help").Description("List the targets.").Does(() =>
{
    foreach (var task in Tasks.Where(t => t.Name != "Default").OrderBy(t => t.Name, StringComparer.Ordinal))
        Console.WriteLine($"{task.Name,-24} {task.Description}");
});

// An unknown target gets one line naming the valid ones, sorted, and exit code 2.
if (!Tasks.Any(t => string.Equals(t.Name, target, StringComparison.OrdinalIgnoreCase)))
{
    Console.Error.WriteLine($"build: error: unknown target '{target}'; expected one of {string.Join(", ", Tasks.Where(t => t.Name != "Default").Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal))}");
    System.Environment.Exit(2);
}

RunTarget(target);

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

RunTarget(target);

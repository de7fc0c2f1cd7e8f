// The CellThalamus build: ./build.sh TARGET [--param value ...]. One file per concern, loaded here.
#load "common.cake"
#load "tests.cake"
#load "run.cake"

var target = Argument("target", "Compile");

Task("Default").IsDependentOn("Compile");

RunTarget(target);

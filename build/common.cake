using System.Diagnostics;
using System.Globalization;

var configuration = Argument("configuration", "Release");
// The repository root: the folder above the working directory that holds the solution (Cake starts in build/).
var root = FindRoot(Context.Environment.WorkingDirectory.FullPath);
string FindRoot(string start)
{
    for (var dir = new System.IO.DirectoryInfo(start); dir != null; dir = dir.Parent)
    {
        if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "CellThalamus.sln"))) return dir.FullName;
    }
    throw new Exception($"no CellThalamus.sln above {start}");
}
var artifacts = System.IO.Path.Combine(root, "artifacts");
var solution = System.IO.Path.Combine(root, "CellThalamus.sln");
var cliDll = System.IO.Path.Combine(root, "src", "CellThalamus.Cli", "bin", configuration, "net10.0", "cell-thalamus.dll");

// Runs a program, streaming its output; returns the exit code.
int Exec(string file, IEnumerable<string> args, string workingDirectory = null, IDictionary<string, string> environment = null)
{
    var info = new ProcessStartInfo(file) { UseShellExecute = false, WorkingDirectory = workingDirectory ?? root };
    foreach (var a in args) info.ArgumentList.Add(a);
    if (environment != null) foreach (var kv in environment) info.Environment[kv.Key] = kv.Value;
    using var process = Process.Start(info);
    process.WaitForExit();
    return process.ExitCode;
}

void ExecOrFail(string file, IEnumerable<string> args, string what)
{
    var code = Exec(file, args);
    if (code != 0) throw new CakeException(code, $"{what} failed with exit code {code}");
}

void Cli(IEnumerable<string> args, string what) => ExecOrFail("dotnet", new[] { cliDll }.Concat(args), what);

Task("Compile")
    .Description("Build the solution in Release.")
    .Does(() => ExecOrFail("dotnet", new[] { "build", solution, "-c", configuration, "--nologo", "-v", "minimal" }, "compile"));

using System.Security.Cryptography;
using CellThalamus.Cli;

namespace CellThalamus.Cli.Tests;

/// <summary>Runs the command in-process with captured output, and gives each test its own folder.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error);

public static class CliHarness
{
    public static CliRun Run(params string[] args) => RunWith(new Dictionary<string, string>(), args);

    public static CliRun RunWith(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Invoke(args, new CliContext(output, error, name => environment.GetValueOrDefault(name), false));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static string NewFolder()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "scratch", TestContext.CurrentContext.Test.Name.Replace('"', '_').Replace(' ', '_') + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }

    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>The path of the built command, for tests that must run it as a separate process.</summary>
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "cell-thalamus.dll");
}

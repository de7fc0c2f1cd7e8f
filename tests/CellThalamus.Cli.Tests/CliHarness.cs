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

    /// <summary>Starts the built command as a separate process (optionally under a wrapper such as faketime), output captured.</summary>
    public static System.Diagnostics.Process Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, params string[] wrapper)
    {
        var info = new System.Diagnostics.ProcessStartInfo(wrapper.Length > 0 ? wrapper[0] : "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in wrapper.Skip(1).Concat(wrapper.Length > 0 ? ["dotnet"] : []).Append(CliDll).Concat(args))
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        return System.Diagnostics.Process.Start(info)!;
    }

    /// <summary>The path of the built command, for tests that must run it as a separate process.</summary>
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "cell-thalamus.dll");
}

using System.Diagnostics;
using CellThalamus.Cli;

namespace CellThalamus.Cli.Tests;

/// <summary>The command as a separate process under another locale, time zone and wall clock writes the same bytes.</summary>
public class EnvironmentIndependenceTests
{
    private static string RunProcess(string folder, IReadOnlyDictionary<string, string> environment, string? wrapper = null, params string[] wrapperArgs)
    {
        string[] wrapped = wrapper is null ? [] : [wrapper, .. wrapperArgs];
        using var process = CliHarness.Start(["run", "--mode", "benchmark", "--seed", "5", "--out", folder, "--quiet"], environment, wrapped);
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, error.Result);
        return CliHarness.Sha256(Path.Combine(folder, RunCommand.DatabaseFileName));
    }

    [Test]
    public void German_locale_and_Chatham_time_zone_write_the_same_bytes()
    {
        var plain = RunProcess(CliHarness.NewFolder(), new Dictionary<string, string> { ["LANG"] = "C", ["TZ"] = "UTC" });
        var foreign = RunProcess(CliHarness.NewFolder(), new Dictionary<string, string> { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8", ["TZ"] = "Pacific/Chatham" });
        var turkish = RunProcess(CliHarness.NewFolder(), new Dictionary<string, string> { ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8", ["TZ"] = "Asia/Kathmandu" });
        Assert.That(new[] { foreign, turkish }, Is.All.EqualTo(plain));
    }

    [Test]
    public void A_wall_clock_moved_years_ahead_writes_the_same_bytes()
    {
        // faketime (Debian package faketime, installed by .ci/run) moves the clock the process sees.
        Assume.That(File.Exists("/usr/bin/faketime"), "needs /usr/bin/faketime to move the clock (apt-get install faketime)");
        var now = RunProcess(CliHarness.NewFolder(), new Dictionary<string, string>());
        var future = RunProcess(CliHarness.NewFolder(), new Dictionary<string, string>(), "/usr/bin/faketime", "2039-07-04 03:14:15");
        var past = RunProcess(CliHarness.NewFolder(), new Dictionary<string, string>(), "/usr/bin/faketime", "2001-02-03 04:05:06");
        Assert.That(new[] { future, past }, Is.All.EqualTo(now));
    }
}

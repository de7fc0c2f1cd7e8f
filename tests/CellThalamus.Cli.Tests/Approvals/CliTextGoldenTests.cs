using System.CommandLine;
using System.Globalization;
using ApprovalTests.Reporters;

namespace CellThalamus.Cli.Tests.Approvals;

/// <summary>Pins what a user reads: the help of every command and the effective parameters of every profile (see Golden for re-approving).</summary>
[UseReporter(typeof(QuietReporter))]
public class CliTextGoldenTests
{
    private const string Root = CliApp.Name;

    // [Test] beside [TestCase]: ApprovalTests' namer finds the test method on the stack by NUnit's TestAttribute.
    [Test]
    [TestCase(Root)]
    [TestCase("run")]
    [TestCase("self-test")]
    [TestCase("compare")]
    [TestCase("validate")]
    [TestCase("hash")]
    [TestCase("design")]
    [TestCase("params")]
    public void Help_text_matches_the_approved_golden(string command)
    {
        Assume.That(Console.IsOutputRedirected, Is.True, "help wraps at the terminal's width when standard output is a terminal; the goldens hold the unwrapped text");
        var result = command == Root ? CliHarness.Run("--help") : CliHarness.Run(command, "--help");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Golden.Verify(WithoutHostFacts(result.Out), command);
    }

    /// <summary>
    /// In-process the usage line names the test host (testhost), and --workers shows this machine's CPU count as its
    /// default: both are put back to what every machine shows alike.
    /// </summary>
    private static string WithoutHostFacts(string help)
    {
        var lines = help.ReplaceLineEndings("\n").Split('\n');
        var host = $"  {RootCommand.ExecutableName} ";
        var cpus = $"[default: {Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)}]";
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0 && lines[i - 1] == "Usage:" && lines[i].StartsWith(host, StringComparison.Ordinal))
            {
                lines[i] = $"  {Root} " + lines[i][host.Length..];
            }
            else if (lines[i].StartsWith("  --workers ", StringComparison.Ordinal) && lines[i].EndsWith(cpus, StringComparison.Ordinal))
            {
                lines[i] = lines[i][..^cpus.Length] + "[default: logical CPUs]";
            }
        }

        return string.Join('\n', lines);
    }

    // Parameters are model input: these goldens start with the sim_version line, so a changed value needs a version bump.
    [Test]
    [TestCase("default")]
    [TestCase("legacy-2025-12")]
    public void Effective_parameters_match_the_approved_golden(string profile)
    {
        var result = CliHarness.Run("params", "--profile", profile);
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Golden.Verify($"{Golden.VersionLine}\n{result.Out}", profile);
    }
}

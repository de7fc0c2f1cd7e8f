using System.Globalization;
using System.Text;
using ApprovalTests.Reporters;
using CellThalamus.Cli;

namespace CellThalamus.Cli.Tests.Approvals;

/// <summary>Pins what each built-in campaign writes: content hash, file hash, design_id and a dump of the rows (see Golden for re-approving).</summary>
[UseReporter(typeof(QuietReporter))]
public class CampaignGoldenTests
{
    // [Test] beside [TestCase]: ApprovalTests' namer finds the test method on the stack by NUnit's TestAttribute.
    [Test]
    [TestCase("demo", "0", "default")]
    [TestCase("demo", "0", "legacy-2025-12")]
    [TestCase("demo", "1", "default")]
    [TestCase("demo", "1", "legacy-2025-12")]
    [TestCase("benchmark", "0", "default")]
    [TestCase("benchmark", "0", "legacy-2025-12")]
    [TestCase("benchmark", "1", "default")]
    [TestCase("benchmark", "1", "legacy-2025-12")]
    [TestCase("full", "0", "default")]
    [TestCase("full", "0", "legacy-2025-12")]
    [TestCase("full", "1", "default")]
    [TestCase("full", "1", "legacy-2025-12")]
    public void Campaign_hashes_and_rows_match_the_approved_golden(string mode, string seed, string profile)
    {
        var folder = CliHarness.NewFolder();
        var run = CliHarness.Run("run", "--mode", mode, "--seed", seed, "--profile", profile, "--out", folder, "--quiet");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var db = Path.Combine(folder, RunCommand.DatabaseFileName);
        var hash = CliHarness.Run("hash", db, "--file");
        Assert.That(hash.ExitCode, Is.Zero, hash.Error);
        var designId = DatabaseDump.DesignId(db);
        Assert.That(run.Out, Does.Contain(designId), "the run announces the design_id it wrote");

        var golden = new StringBuilder();
        golden.Append(Golden.VersionLine).Append('\n');
        golden.Append(CultureInfo.InvariantCulture, $"mode: {mode}\nseed: {seed}\nprofile: {profile}\ndesign_id: {designId}\n");
        // `hash --file` prints `content <hex>` and `file <hex>`: the layout-free hash and the SHA-256 of the bytes.
        golden.Append(hash.Out.ReplaceLineEndings("\n"));
        golden.Append(DatabaseDump.Describe(db));
        Golden.Verify(golden.ToString(), $"{mode}.seed-{seed}.{profile}");
    }

    [Test]
    public void Hash_file_line_is_the_sha256_of_the_database_bytes()
    {
        var folder = CliHarness.NewFolder();
        Assert.That(CliHarness.Run("run", "--mode", "demo", "--out", folder, "--quiet").ExitCode, Is.Zero);
        var db = Path.Combine(folder, RunCommand.DatabaseFileName);
        Assert.That(CliHarness.Run("hash", db, "--file").Out, Does.Contain($"file    {CliHarness.Sha256(db)}"));
    }
}

using CellThalamus.Cli;
using Microsoft.Data.Sqlite;

namespace CellThalamus.Cli.Tests;

public class RunCommandTests
{
    [Test]
    public void Demo_run_writes_four_wells_and_a_design_row()
    {
        var folder = CliHarness.NewFolder();
        var result = CliHarness.Run("run", "--mode", "demo", "--out", folder);
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var db = Path.Combine(folder, RunCommand.DatabaseFileName);
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM thalamus_results), (SELECT COUNT(*) FROM thalamus_designs), (SELECT version FROM schema_version)";
        using var reader = command.ExecuteReader();
        reader.Read();
        Assert.That((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)), Is.EqualTo((4L, 1L, 1L)));
    }

    [Test]
    public void Run_leaves_no_side_files_and_the_database_can_be_deleted_at_once()
    {
        var folder = CliHarness.NewFolder();
        Assert.That(CliHarness.Run("run", "--mode", "demo", "--out", folder).ExitCode, Is.Zero);
        Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName), Is.EqualTo(new[] { RunCommand.DatabaseFileName }));
        File.Delete(Path.Combine(folder, RunCommand.DatabaseFileName));
        Assert.That(Directory.GetFiles(folder), Is.Empty);
    }

    [Test]
    public void Same_seed_gives_byte_identical_databases_on_one_and_many_workers()
    {
        var hashes = new[] { "1", "3", "64" }.Select(workers =>
        {
            var folder = CliHarness.NewFolder();
            Assert.That(CliHarness.Run("run", "--mode", "benchmark", "--workers", workers, "--out", folder, "--quiet").ExitCode, Is.Zero);
            return CliHarness.Sha256(Path.Combine(folder, RunCommand.DatabaseFileName));
        }).ToList();
        Assert.That(hashes.Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public void Different_seeds_give_different_design_ids_and_bytes()
    {
        var a = CliHarness.NewFolder();
        var b = CliHarness.NewFolder();
        var runA = CliHarness.Run("run", "--mode", "demo", "--seed", "1", "--out", a);
        var runB = CliHarness.Run("run", "--mode", "demo", "--seed", "2", "--out", b);
        Assert.That(DesignId(runA.Out), Is.Not.EqualTo(DesignId(runB.Out)));
        Assert.That(CliHarness.Sha256(Path.Combine(a, RunCommand.DatabaseFileName)), Is.Not.EqualTo(CliHarness.Sha256(Path.Combine(b, RunCommand.DatabaseFileName))));
    }

    [Test]
    public void Source_date_epoch_moves_the_campaign_clock_and_the_design_id()
    {
        var folder = CliHarness.NewFolder();
        var result = CliHarness.RunWith(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "0" }, "run", "--mode", "demo", "--out", folder);
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, RunCommand.DatabaseFileName)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT timestamp FROM thalamus_results LIMIT 1";
        Assert.That(command.ExecuteScalar(), Is.EqualTo("1970-01-01T12:00:00Z"));
    }

    [Test]
    public void Design_id_override_is_used_and_announced()
    {
        var folder = CliHarness.NewFolder();
        var result = CliHarness.Run("run", "--mode", "demo", "--out", folder, "--design-id", "00000000-0000-0000-0000-000000000001");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Error, Does.StartWith("WARNING: design_id overridden to 00000000-0000-0000-0000-000000000001"));
        Assert.That(DesignId(result.Out), Is.EqualTo("00000000-0000-0000-0000-000000000001"));
    }

    private static string DesignId(string output) =>
        output.Split('\n').Single(l => l.TrimStart().StartsWith("design_id", StringComparison.Ordinal)).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
}

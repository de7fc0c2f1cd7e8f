using System.Diagnostics;
using System.Globalization;
using CellThalamus.Cli;
using Microsoft.Data.Sqlite;

namespace CellThalamus.Cli.Tests;

public class InspectCommandTests
{
    private static string Benchmark(string? folder = null, string seed = "0")
    {
        folder ??= CliHarness.NewFolder();
        var result = CliHarness.Run("run", "--mode", "benchmark", "--seed", seed, "--out", folder, "--quiet");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        return Path.Combine(folder, RunCommand.DatabaseFileName);
    }

    private static void Execute(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Copy(string db)
    {
        var copy = Path.Combine(CliHarness.NewFolder(), "copy.db");
        File.Copy(db, copy);
        return copy;
    }

    [Test]
    public void Compare_exits_0_on_two_runs_of_the_same_seed()
    {
        var result = CliHarness.Run("compare", Benchmark(), Benchmark());
        Assert.That(result.ExitCode, Is.Zero, result.Out);
        Assert.That(result.Out, Does.StartWith("identical"));
    }

    [Test]
    public void Compare_names_the_row_and_column_of_a_one_ulp_change()
    {
        var a = Benchmark();
        var b = Copy(a);
        var viability = 0.0;
        using (var connection = new SqliteConnection($"Data Source={b};Pooling=False"))
        {
            connection.Open();
            using var read = connection.CreateCommand();
            read.CommandText = "SELECT viability FROM thalamus_results WHERE result_id = 7";
            viability = (double)read.ExecuteScalar()!;
        }

        Execute(b, $"UPDATE thalamus_results SET viability = {Math.BitIncrement(viability).ToString("R", CultureInfo.InvariantCulture)} WHERE result_id = 7");
        var result = CliHarness.Run("compare", a, b);
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Out);
        Assert.That(result.Out, Does.Contain("column viability: 1 rows differ, max 1 ulps"));
        Assert.That(result.Out, Does.Contain("Plate_1_Day1_Operator_A_T12.0h|A549|A09 column viability"));
        Assert.That(result.Out, Does.Contain("hint: every difference is within 4 ulps"));
    }

    [Test]
    public void Compare_reports_different_seeds_as_a_model_difference_in_json()
    {
        var result = CliHarness.Run("compare", Benchmark(seed: "0"), Benchmark(seed: "1"), "--json");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Out, Does.Contain("\"identical\":false").And.Contain("structural or model difference"));
    }

    [Test]
    public void Compare_exits_2_with_one_line_on_a_text_file()
    {
        var text = Path.Combine(CliHarness.NewFolder(), "notes.txt");
        File.WriteAllText(text, "not a database, just some words that are long enough to look like a header of something");
        var result = CliHarness.Run("compare", Benchmark(), text);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.StartWith($"cell-thalamus: error: {text} is not a readable SQLite database"));
        Assert.That(result.Error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1));
    }

    [Test]
    public void Compare_exits_2_on_a_missing_file()
    {
        var result = CliHarness.Run("compare", Benchmark(), "/nonexistent/x.db");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Is.EqualTo("cell-thalamus: error: /nonexistent/x.db does not exist\n"));
    }

    [Test]
    public void Validate_passes_a_fresh_full_run()
    {
        var folder = CliHarness.NewFolder();
        Assert.That(CliHarness.Run("run", "--out", folder, "--quiet").ExitCode, Is.Zero);
        var result = CliHarness.Run("validate", Path.Combine(folder, RunCommand.DatabaseFileName));
        Assert.That(result.ExitCode, Is.Zero, result.Out);
        Assert.That(result.Out, Does.Contain("valid: 2304 wells"));
    }

    [Test]
    public void Validate_fails_a_violated_partition_and_names_the_well()
    {
        var db = Copy(Benchmark());
        Execute(db, "UPDATE thalamus_results SET death_compound = death_compound + 1e-9 WHERE result_id = 3");
        var result = CliHarness.Run("validate", db);
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Out, Does.Contain("FAIL  death partition").And.Contain("result_id 3 ("));
    }

    [Test]
    public void Validate_fails_a_missing_sentinel()
    {
        var db = Copy(Benchmark());
        Execute(db, "DELETE FROM thalamus_results WHERE is_sentinel = 1 AND well_id = 'D06' AND cell_line = 'HepG2'");
        var result = CliHarness.Run("validate", db);
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Out, Does.Contain("sentinel tunicamycin 2 uM at D06 is missing").And.Contain("FAIL  design"));
    }

    [Test]
    public void Validate_fails_a_death_mode_that_breaks_the_thresholds()
    {
        var db = Copy(Benchmark());
        Execute(db, "UPDATE thalamus_results SET death_mode = 'compound' WHERE result_id = 1");
        Assert.That(CliHarness.Run("validate", db).Out, Does.Contain("FAIL  death modes"));
    }

    [Test]
    public void Validate_exits_2_on_a_database_that_is_not_a_results_file()
    {
        var db = Path.Combine(CliHarness.NewFolder(), "other.db");
        Execute(db, "CREATE TABLE t (x)");
        var result = CliHarness.Run("validate", db);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("has no schema_version table"));
    }

    [Test]
    public void Content_hash_ignores_file_layout_but_not_content()
    {
        var a = Benchmark();
        var vacuumed = Copy(a);
        Execute(vacuumed, "PRAGMA page_size = 8192; VACUUM");
        Assert.That(CliHarness.Sha256(vacuumed), Is.Not.EqualTo(CliHarness.Sha256(a)));
        var hashA = CliHarness.Run("hash", a).Out;
        Assert.That(CliHarness.Run("hash", vacuumed).Out, Is.EqualTo(hashA));
        var changed = Copy(a);
        Execute(changed, "UPDATE thalamus_results SET well_failure = 'bubble' WHERE result_id = 1");
        Assert.That(CliHarness.Run("hash", changed).Out, Is.Not.EqualTo(hashA));
    }

    [Test]
    public void Self_test_passes_on_the_real_simulation()
    {
        var result = CliHarness.Run("self-test", "--seed", "3");
        Assert.That(result.ExitCode, Is.Zero, result.Out);
        Assert.That(result.Out.Split('\n').Count(l => l.StartsWith("PASS", StringComparison.Ordinal)), Is.EqualTo(3));
    }
}

public class KillTests
{
    [Test]
    public void A_killed_run_leaves_no_database_and_the_rerun_cleans_up_and_succeeds()
    {
        var folder = CliHarness.NewFolder();
        string[] args = ["run", "--replicates", "40", "--workers", "2", "--out", folder, "--quiet"];
        using (var victim = CliHarness.Start(args))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!Directory.EnumerateFiles(folder, ".*partial*").Any(f => new FileInfo(f).Length > 0) && DateTime.UtcNow < deadline && !victim.HasExited)
            {
                Thread.Sleep(20);
            }

            Assert.That(victim.HasExited, Is.False, "the run finished before it could be killed; make it larger");
            victim.Kill(); // SIGKILL on Unix: no handler runs
            victim.WaitForExit();
        }

        Assert.That(File.Exists(Path.Combine(folder, RunCommand.DatabaseFileName)), Is.False, "a killed run must leave no database");
        Assert.That(Directory.GetFiles(folder), Is.Not.Empty, "the drill expects the killed run's temporary file");

        using var rerun = CliHarness.Start(args);
        rerun.WaitForExit();
        Assert.That(rerun.ExitCode, Is.Zero, rerun.StandardError.ReadToEnd());
        Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName), Is.EqualTo(new[] { RunCommand.DatabaseFileName }));
    }
}

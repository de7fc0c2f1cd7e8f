using CellThalamus.Cli;

namespace CellThalamus.Cli.Tests;

/// <summary>Bad input: one line on stderr naming the value, exit code 2, and the existing database untouched.</summary>
public class BadInputTests
{
    [TestCase("--seed", "-1", "--seed must be a whole number from 0 to 18446744073709551615, got '-1'")]
    [TestCase("--seed", "abc", "--seed must be a whole number")]
    [TestCase("--seed", "18446744073709551616", "--seed must be a whole number")]
    [TestCase("--workers", "0", "--workers must be a whole number of at least 1, got '0'")]
    [TestCase("--workers", "many", "--workers must be a whole number of at least 1")]
    [TestCase("--replicates", "0", "--replicates must be a whole number of at least 1, got '0'")]
    [TestCase("--mode", "fast", "'fast'")]
    [TestCase("--profile", "legacy", "'legacy'")]
    [TestCase("--design-id", "not-an-id", "--design-id must be 32 lowercase hex digits")]
    [TestCase("--bogus", "1", "--bogus")]
    public void Bad_value_exits_2_with_one_line_and_leaves_the_database_untouched(string option, string value, string message)
    {
        var folder = CliHarness.NewFolder();
        var db = Path.Combine(folder, RunCommand.DatabaseFileName);
        File.WriteAllText(db, "precious");
        var args = option == "--mode" ? new[] { "run", "--out", folder, "--force" } : new[] { "run", "--mode", "demo", "--out", folder, "--force" };
        var result = CliHarness.Run([.. args, option, value]);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), result.Error);
        Assert.That(result.Error, Does.Contain(message));
        Assert.That(result.Error, Does.Not.Contain("   at "), "no stack trace");
        Assert.That(File.ReadAllText(db), Is.EqualTo("precious"));
        Assert.That(Directory.GetFiles(folder), Has.Length.EqualTo(1));
    }

    [Test]
    public void Existing_database_is_not_replaced_without_force()
    {
        var folder = CliHarness.NewFolder();
        var db = Path.Combine(folder, RunCommand.DatabaseFileName);
        File.WriteAllText(db, "precious");
        var result = CliHarness.Run("run", "--mode", "demo", "--out", folder);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("already exists (not a readable results database; this run: 4 wells").And.Contain("use --force to replace it or --out another folder"));
        Assert.That(File.ReadAllText(db), Is.EqualTo("precious"));
    }

    [Test]
    public void Force_replaces_an_existing_database()
    {
        var folder = CliHarness.NewFolder();
        var db = Path.Combine(folder, RunCommand.DatabaseFileName);
        File.WriteAllText(db, "old");
        Assert.That(CliHarness.Run("run", "--mode", "demo", "--out", folder, "--force").ExitCode, Is.Zero);
        Assert.That(new FileInfo(db).Length, Is.GreaterThan(4096));
    }

    [Test]
    public void Bad_source_date_epoch_exits_2()
    {
        var folder = CliHarness.NewFolder();
        var result = CliHarness.RunWith(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "yesterday" }, "run", "--mode", "demo", "--out", folder);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Is.EqualTo("cell-thalamus: error: SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01T00:00:00Z, got 'yesterday'\n"));
        Assert.That(Directory.GetFiles(folder), Is.Empty);
    }

    [Test]
    public void Out_and_db_path_together_is_an_error()
    {
        var result = CliHarness.Run("run", "--mode", "demo", "--out", "a", "--db-path", "b.db");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("--out and --db-path cannot be used together"));
    }

    [Test]
    public void Out_that_is_an_existing_file_exits_2_and_keeps_the_file()
    {
        var file = Path.Combine(CliHarness.NewFolder(), "not-a-folder");
        File.WriteAllText(file, "precious");
        var result = CliHarness.Run("run", "--mode", "demo", "--out", file);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), result.Error);
        Assert.That(result.Error, Does.StartWith("cell-thalamus: error: "));
        Assert.That(File.ReadAllText(file), Is.EqualTo("precious"));
    }
}

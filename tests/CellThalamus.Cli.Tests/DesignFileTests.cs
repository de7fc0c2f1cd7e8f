using System.Text;
using CellThalamus.Cli;
using Microsoft.Data.Sqlite;

namespace CellThalamus.Cli.Tests;

/// <summary>`run --design FILE` and `design --mode M`: a file is just another way to name the wells.</summary>
public class DesignFileTests
{
    private static string Db(string folder) => Path.Combine(folder, RunCommand.DatabaseFileName);

    [TestCase("demo")]
    [TestCase("benchmark")]
    [TestCase("full")]
    public void Exported_design_runs_to_a_database_byte_identical_to_its_mode(string mode)
    {
        var folder = DesignFiles.NewFolder();
        var csv = Path.Combine(folder, "design.csv");
        var export = CliHarness.Run("design", "--mode", mode, "--out", csv);
        Assert.That(export.ExitCode, Is.Zero, export.Error);
        var fromMode = CliHarness.Run("run", "--mode", mode, "--seed", "7", "--out", Path.Combine(folder, "mode"), "--quiet");
        var fromFile = CliHarness.Run("run", "--design", csv, "--seed", "7", "--out", Path.Combine(folder, "file"), "--quiet");
        Assert.That((fromMode.ExitCode, fromFile.ExitCode), Is.EqualTo((0, 0)), fromMode.Error + fromFile.Error);
        Assert.That(CliHarness.Sha256(Db(Path.Combine(folder, "file"))), Is.EqualTo(CliHarness.Sha256(Db(Path.Combine(folder, "mode")))));
    }

    [Test]
    public void Exported_design_with_params_and_legacy_profile_runs_byte_identical_to_its_mode()
    {
        var folder = DesignFiles.NewFolder();
        var yaml = Path.Combine(folder, "p.yaml");
        File.WriteAllText(yaml, "compounds:\n  CCCP:\n    ec50_uM: 6.0\n");
        var csv = Path.Combine(folder, "design.csv");
        string[] common = ["--profile", "legacy-2025-12", "--params", yaml];
        Assert.That(CliHarness.Run(["design", "--mode", "benchmark", "--out", csv, .. common]).ExitCode, Is.Zero);
        Assert.That(CliHarness.Run(["run", "--mode", "benchmark", "--out", Path.Combine(folder, "mode"), "--quiet", .. common]).ExitCode, Is.Zero);
        Assert.That(CliHarness.Run(["run", "--design", csv, "--out", Path.Combine(folder, "file"), "--quiet", .. common]).ExitCode, Is.Zero);
        Assert.That(CliHarness.Sha256(Db(Path.Combine(folder, "file"))), Is.EqualTo(CliHarness.Sha256(Db(Path.Combine(folder, "mode")))));
    }

    [Test]
    public void Design_without_out_writes_the_csv_to_standard_output()
    {
        var result = CliHarness.Run("design", "--mode", "demo");
        Assert.That(result.Out, Is.EqualTo(
            "plate_id,well_id,cell_line,compound,dose_uM,timepoint_h,day,operator,is_sentinel,plate_format\n" +
            "Demo_Plate_1,A01,A549,tBHQ,0,12,1,Demo,false,96\n" +
            "Demo_Plate_1,A02,A549,tBHQ,10,12,1,Demo,false,96\n" +
            "Demo_Plate_1,A03,A549,tunicamycin,0,12,1,Demo,false,96\n" +
            "Demo_Plate_1,A04,A549,tunicamycin,10,12,1,Demo,false,96\n"));
    }

    [Test]
    public void Design_does_not_replace_an_existing_file_without_force()
    {
        var csv = Path.Combine(DesignFiles.NewFolder(), "design.csv");
        File.WriteAllText(csv, "precious");
        var result = CliHarness.Run("design", "--mode", "demo", "--out", csv);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("already exists; use --force to replace it"));
        Assert.That(File.ReadAllText(csv), Is.EqualTo("precious"));
        Assert.That(CliHarness.Run("design", "--mode", "demo", "--out", csv, "--force").ExitCode, Is.Zero);
        Assert.That(File.ReadAllText(csv), Does.StartWith("plate_id,"));
    }

    [Test]
    public void The_database_records_the_wells_and_never_the_mode_name()
    {
        var folder = DesignFiles.NewFolder();
        Assert.That(CliHarness.Run("run", "--mode", "benchmark", "--out", folder, "--quiet").ExitCode, Is.Zero);
        using var connection = Open(Db(folder));
        var metadata = (string)Scalar(connection, "SELECT metadata FROM thalamus_designs");
        Assert.That(metadata, Does.StartWith("{\"model_version\":\"1\",\"parameter_hash\":\"").And.EndWith("\"profile\":\"default\",\"seed\":0,\"wells\":48}"));
        Assert.That(metadata, Does.Not.Contain("benchmark"));
    }

    [Test]
    public void Banner_names_the_design_file()
    {
        var folder = DesignFiles.NewFolder();
        var csv = Path.Combine(folder, "design.csv");
        CliHarness.Run("design", "--mode", "demo", "--out", csv);
        var result = CliHarness.Run("run", "--design", csv, "--out", folder);
        Assert.That(result.Out, Does.Contain($"file {csv} (4 wells)"));
    }

    [Test]
    public void All_four_cell_lines_fifteen_compounds_dmso_eight_doses_and_five_timepoints_run()
    {
        var folder = DesignFiles.NewFolder();
        var csv = Path.Combine(folder, "design.csv");
        var wells = DesignFiles.AllLinesAllCompounds(csv);
        var result = CliHarness.Run("run", "--design", csv, "--out", folder, "--quiet");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using var connection = Open(Db(folder));
        Assert.That(Scalar(connection, "SELECT COUNT(*) FROM thalamus_results"), Is.EqualTo(wells));
        Assert.That(Scalar(connection, "SELECT COUNT(DISTINCT cell_line) || ',' || COUNT(DISTINCT compound) || ',' || COUNT(DISTINCT timepoint_h) || ',' || COUNT(DISTINCT plate_format) FROM thalamus_results"), Is.EqualTo("4,16,5,1"));
        Assert.That(Scalar(connection, "SELECT MIN(n) || ',' || MAX(n) FROM (SELECT COUNT(DISTINCT dose_uM) AS n FROM thalamus_results WHERE compound <> 'DMSO' GROUP BY cell_line, compound, timepoint_h)"), Is.EqualTo("8,8"));
        Assert.That(Scalar(connection, "SELECT COUNT(*) FROM thalamus_results WHERE NOT (viability BETWEEN 0 AND 1) OR ABS(death_compound + death_confluence + death_unknown - (1 - viability)) > 1e-9"), Is.Zero);
    }

    // The same table as a spreadsheet saves it: TSV, UTF-16 with a byte-order mark ("Unicode text"), CRLF, every field quoted.
    [Test]
    public void Utf16_tsv_with_quotes_and_crlf_runs_byte_identical_to_the_plain_csv()
    {
        var folder = DesignFiles.NewFolder();
        var csv = Path.Combine(folder, "design.csv");
        CliHarness.Run("design", "--mode", "benchmark", "--out", csv);
        var tsv = Path.Combine(folder, "design.txt");
        var lines = File.ReadAllLines(csv).Select(l => string.Join('\t', l.Split(',').Select(f => "\"" + f + "\"")));
        File.WriteAllText(tsv, string.Join("\r\n", lines) + "\r\n", Encoding.Unicode);
        Assert.That(CliHarness.Run("run", "--design", csv, "--out", Path.Combine(folder, "csv"), "--quiet").ExitCode, Is.Zero);
        var fromTsv = CliHarness.Run("run", "--design", tsv, "--out", Path.Combine(folder, "tsv"), "--quiet");
        Assert.That(fromTsv.ExitCode, Is.Zero, fromTsv.Error);
        Assert.That(CliHarness.Sha256(Db(Path.Combine(folder, "tsv"))), Is.EqualTo(CliHarness.Sha256(Db(Path.Combine(folder, "csv")))));
    }

    internal static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    internal static object Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()!;
    }
}

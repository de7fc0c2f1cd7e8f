using CellThalamus.Cli;
using Microsoft.Data.Sqlite;

namespace CellThalamus.Cli.Tests;

/// <summary>--params overlays a YAML file on the profile; `params` prints the effective parameters as such a file.</summary>
public class ParamsTests
{
    private const string CccpOverride = "compounds:\n  CCCP:\n    ec50_uM: 6.0\n";

    private static string Yaml(string folder, string text) => DesignFiles.Write(folder, text, "params.yaml");

    [TestCase("default")]
    [TestCase("legacy-2025-12")]
    public void Params_output_fed_back_as_a_params_file_prints_the_same_text(string profile)
    {
        var folder = DesignFiles.NewFolder();
        var first = CliHarness.Run("params", "--profile", profile);
        Assert.That(first.ExitCode, Is.Zero, first.Error);
        var again = CliHarness.Run("params", "--profile", profile, "--params", Yaml(folder, first.Out));
        Assert.That(again.ExitCode, Is.Zero, again.Error);
        Assert.That(again.Out, Is.EqualTo(first.Out));
    }

    [Test]
    public void Params_shows_an_override_and_only_it_changes()
    {
        var folder = DesignFiles.NewFolder();
        var plain = CliHarness.Run("params").Out.Split('\n');
        var changed = CliHarness.Run("params", "--params", Yaml(folder, CccpOverride)).Out.Split('\n');
        var differing = plain.Zip(changed).Where(p => p.First != p.Second).ToList();
        Assert.That(differing.Skip(1).Select(p => p.Second), Is.EqualTo(new[] { "    ec50_uM: 6" }), "beyond the comment line with the parameter hash");
        Assert.That(plain[0], Does.StartWith("# Effective parameters (profile default, parameter hash "));
    }

    [Test]
    public void Params_respects_source_date_epoch()
    {
        var result = CliHarness.RunWith(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "0" }, "params");
        Assert.That(result.Out, Does.Contain("campaign:\n  start: \"1970-01-01T00:00:00Z\"\n"));
    }

    [Test]
    public void Cccp_ec50_override_on_benchmark_mode_changes_the_design_id_and_cccp_doses_and_no_other_well()
    {
        var folder = DesignFiles.NewFolder();
        var (a, b) = RunTwice(folder, ["--mode", "benchmark"]);
        Assert.That(b.Values.First()["design_id"], Is.Not.EqualTo(a.Values.First()["design_id"]));
        AssertOnlyCccpWellsDiffer(a, b);

        // The mode's doses are EC50 multiples, so the CCCP wells get 1.2 times the dose; dose / EC50, and so the
        // death fractions, stay the same up to rounding: the next test holds the doses fixed instead.
        foreach (var key in CccpWellsWithDrug(a))
        {
            Assert.That(b[key]["dose_uM"], Is.EqualTo((double)a[key]["dose_uM"] * 1.2).Within(1e-12), key);
            Assert.That(b[key]["effective_dose_uM"], Is.Not.EqualTo(a[key]["effective_dose_uM"]), key);
        }
    }

    [Test]
    public void Cccp_ec50_override_on_a_fixed_dose_benchmark_design_changes_cccp_viability_and_no_other_well()
    {
        var folder = DesignFiles.NewFolder();
        var csv = Path.Combine(folder, "benchmark.csv");
        Assert.That(CliHarness.Run("design", "--mode", "benchmark", "--out", csv).ExitCode, Is.Zero);
        var (a, b) = RunTwice(folder, ["--design", csv]);
        Assert.That(b.Values.First()["design_id"], Is.Not.EqualTo(a.Values.First()["design_id"]));
        AssertOnlyCccpWellsDiffer(a, b);
        foreach (var key in CccpWellsWithDrug(a))
        {
            Assert.That(b[key]["dose_uM"], Is.EqualTo(a[key]["dose_uM"]), key);
            foreach (var column in new[] { "viability", "death_compound", "morph_mito" })
            {
                Assert.That(b[key][column], Is.Not.EqualTo(a[key][column]), $"{key} {column}");
            }

            Assert.That((double)b[key]["viability"], Is.GreaterThan((double)a[key]["viability"]), $"{key}: a higher EC50 kills less");
        }
    }

    private static (Dictionary<string, Dictionary<string, object>> Baseline, Dictionary<string, Dictionary<string, object>> Changed) RunTwice(string folder, string[] design)
    {
        var yaml = Yaml(folder, CccpOverride);
        var baseline = CliHarness.Run(["run", .. design, "--out", Path.Combine(folder, "a"), "--quiet"]);
        var changed = CliHarness.Run(["run", .. design, "--params", yaml, "--out", Path.Combine(folder, "b"), "--quiet"]);
        Assert.That((baseline.ExitCode, changed.ExitCode), Is.EqualTo((0, 0)), baseline.Error + changed.Error);
        return (Rows(Path.Combine(folder, "a", RunCommand.DatabaseFileName)), Rows(Path.Combine(folder, "b", RunCommand.DatabaseFileName)));
    }

    private static void AssertOnlyCccpWellsDiffer(Dictionary<string, Dictionary<string, object>> a, Dictionary<string, Dictionary<string, object>> b)
    {
        Assert.That(b.Keys, Is.EquivalentTo(a.Keys));
        var others = a.Where(r => (string)r.Value["compound"] != "CCCP").ToList();
        Assert.That(others, Has.Count.EqualTo(40));
        foreach (var (key, row) in others)
        {
            foreach (var (column, value) in row.Where(c => c.Key != "design_id"))
            {
                Assert.That(b[key][column], Is.EqualTo(value), $"{key} {column}");
            }
        }
    }

    private static List<string> CccpWellsWithDrug(Dictionary<string, Dictionary<string, object>> rows)
    {
        var keys = rows.Where(r => (string)r.Value["compound"] == "CCCP" && (double)r.Value["dose_uM"] > 0).Select(r => r.Key).ToList();
        Assert.That(keys, Has.Count.EqualTo(6), "CCCP at levels 0.1, 1 and 10 on two cell lines");
        return keys;
    }

    /// <summary>Every column of every well, by physical well; doubles compare bit for bit with Is.EqualTo.</summary>
    private static Dictionary<string, Dictionary<string, object>> Rows(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM thalamus_results";
        using var reader = command.ExecuteReader();
        var rows = new Dictionary<string, Dictionary<string, object>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var row = Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetValue, StringComparer.Ordinal);
            rows.Add($"{row["plate_id"]}|{row["cell_line"]}|{row["well_id"]}", row);
        }

        return rows;
    }

    [Test]
    public void A_new_compound_with_every_field_can_be_run_from_a_design_file()
    {
        var folder = DesignFiles.NewFolder();
        var yaml = Yaml(folder, "compounds:\n  rotenone: { ec50_uM: 0.2, hill: 2.0, stress_axis: mitochondrial, intensity: 1.1 }\n");
        var design = DesignFiles.Write(folder, DesignFiles.Header + "\nP,A01,iPSC_NGN2,rotenone,0.2,24\nP,A02,iPSC_NGN2,DMSO,0,24\n");
        var result = CliHarness.Run("run", "--design", design, "--params", yaml, "--out", folder, "--quiet");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(CliHarness.Run("run", "--design", design, "--out", Path.Combine(folder, "without"), "--quiet").Error,
            Does.Contain("design.csv:2:17: unknown compound 'rotenone'"));
    }

    [TestCase("compounds:\n  rotenone: { ec50_uM: 0.2, hill: 2.0, intensity: 1.1 }\n", "params.yaml:2:13: 'compounds.rotenone.stress_axis' is missing")]
    [TestCase("compounds:\n  rotenone: { ec50_uM: 0.2, hill: 2.0, stress_axis: complex_i, intensity: 1.1 }\n", "params.yaml:2:53: 'compounds.rotenone.stress_axis': unknown value 'complex_i'; expected one of dna_damage, er_stress, microtubule, mitochondrial, oxidative, proteasome")]
    [TestCase("compounds:\n  rotenone: { ec50_uM: 0.2, hill: 2.0, stress_axis: mitochondrial }\n", "params.yaml:2:13: 'compounds.rotenone.intensity' is missing")]
    [TestCase("compounds:\n  CCCP:\n    ec50_uM: -6\n", "params.yaml:3:14: 'compounds.CCCP.ec50_uM': expected a number > 0, found -6")]
    [TestCase("compounds:\n  CCCP:\n    ec50_um: 6\n", "params.yaml:3:14: unknown key 'compounds.CCCP.ec50_um'")]
    [TestCase("cell_lines:\n  HeLa:\n    baseline: { er: 1, mito: 1, nucleus: 1, actin: 1, rna: 1 }\n", "params.yaml:3:5: 'cell_lines.HeLa.proliferation_index' is missing")]
    [TestCase("cell_lines:\n  HeLa:\n    proliferation_index: 1.0\n", "params.yaml:3:5: 'cell_lines.HeLa.baseline' is missing")]
    [TestCase("noise: [1, 2\n", "params.yaml:2:1: not valid YAML")]
    public void Bad_params_file_exits_2_names_file_line_and_key_and_writes_nothing(string yaml, string message)
    {
        var folder = DesignFiles.NewFolder();
        var path = Yaml(folder, yaml);
        var output = Path.Combine(folder, "out");
        var result = CliHarness.Run("run", "--mode", "demo", "--params", path, "--out", output);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.StartWith("cell-thalamus: error: " + Path.Combine(folder, message)));
        Assert.That(result.Error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1));
        Assert.That(Directory.Exists(output), Is.False);
    }

    [TestCase("run")]
    [TestCase("design")]
    [TestCase("params")]
    public void Missing_params_file_exits_2_on_every_command(string command)
    {
        var folder = DesignFiles.NewFolder();
        var result = CliHarness.Run(command, "--params", Path.Combine(folder, "none.yaml"));
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Is.EqualTo($"cell-thalamus: error: --params file '{Path.Combine(folder, "none.yaml")}' does not exist\n"));
    }
}

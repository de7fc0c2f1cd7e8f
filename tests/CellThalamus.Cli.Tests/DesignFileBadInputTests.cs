using System.Text;
using CellThalamus.Cli;

namespace CellThalamus.Cli.Tests;

/// <summary>A bad design file: exit code 2, one line naming file:line:column, and nothing written, even with --force.</summary>
public class DesignFileBadInputTests
{
    private const string H = DesignFiles.Header;

    [TestCase("", "design.csv:1:1: the design file is empty")]
    [TestCase(H + "\n", "design.csv:1:1: the design has a header but no wells")]
    [TestCase("plate_id,well_id,cell_line,compound,dose_uM\nP,A01,A549,DMSO,0\n", "design.csv:1:1: missing required column timepoint_h")]
    [TestCase(H + ",concentration\nP,A01,A549,DMSO,0,24,1\n", "design.csv:1:57: unknown column 'concentration'; expected one of cell_line, compound, day, dose_uM, is_sentinel, operator, plate_format, plate_id, timepoint_h, well_id")]
    [TestCase(H + "\nP,A01,A549,DMSO,0\n", "design.csv:2:18: expected 6 fields as in the header")]
    [TestCase(H + "\nP,A01,HeLa,DMSO,0,24\n", "design.csv:2:7: unknown cell_line 'HeLa'; expected one of A549, HepG2, iPSC_Microglia, iPSC_NGN2")]
    [TestCase(H + "\nP,A01,A549,aspirin,0,24\n", "design.csv:2:12: unknown compound 'aspirin'; expected one of CCCP, DMSO, H2O2,")]
    [TestCase(H + "\nP,M01,A549,DMSO,0,24\n", "design.csv:2:3: well_id 'M01' is not a well of a 96-well plate; expected a row letter and a two-digit column from A01 to H12")]
    [TestCase(H + "\nP,A01,A549,DMSO,0,24\nP,A01,A549,CCCP,1,24\n", "design.csv:3:3: well A01 of plate 'P' for cell line A549 is given twice (first at line 2)")]
    [TestCase(H + "\nP,A01,A549,CCCP,-0.5,24\n", "design.csv:2:17: dose_uM '-0.5' is negative")]
    [TestCase(H + "\nP,A01,A549,CCCP,ten,24\n", "design.csv:2:17: dose_uM 'ten' is not a number")]
    [TestCase(H + "\nP,A01,A549,CCCP,NaN,24\n", "design.csv:2:17: dose_uM 'NaN' is not finite")]
    [TestCase(H + "\nP,A01,A549,CCCP,1,0\n", "design.csv:2:19: timepoint_h '0' is not after seeding; expected a finite number of hours > 0")]
    [TestCase(H + ",day\nP,A01,A549,CCCP,1,24,zero\n", "design.csv:2:22: day 'zero' is not a day of the campaign; expected a whole number >= 1")]
    [TestCase(H + ",operator\nP,A01,A549,CCCP,1,24,\n", "design.csv:2:22: operator is empty")]
    [TestCase(H + ",is_sentinel\nP,A01,A549,CCCP,1,24,maybe\n", "design.csv:2:22: is_sentinel 'maybe' is not a flag; expected one of 0, 1, false, true")]
    [TestCase(H + ",plate_format\nP,A01,A549,CCCP,1,24,48\n", "design.csv:2:22: plate_format '48' is not a plate format; expected one of 96, 384, 1536")]
    public void Bad_design_exits_2_names_the_location_and_writes_nothing(string content, string message)
    {
        var folder = DesignFiles.NewFolder();
        var design = DesignFiles.Write(folder, content);
        var output = Path.Combine(folder, "out");
        Directory.CreateDirectory(output);
        var db = Path.Combine(output, RunCommand.DatabaseFileName);
        File.WriteAllText(db, "precious");
        var result = CliHarness.Run("run", "--design", design, "--out", output, "--force", "--quiet");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.StartWith("cell-thalamus: error: " + Path.Combine(folder, message)));
        Assert.That(result.Error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), result.Error);
        Assert.That(File.ReadAllText(db), Is.EqualTo("precious"));
        Assert.That(Directory.GetFiles(output), Has.Length.EqualTo(1));
        Assert.That(result.Out, Is.Empty);
    }

    [Test]
    public void Bad_design_creates_no_output_folder()
    {
        var folder = DesignFiles.NewFolder();
        var design = DesignFiles.Write(folder, DesignFiles.Header + "\nP,A01,A549,aspirin,0,24\n");
        var output = Path.Combine(folder, "never");
        Assert.That(CliHarness.Run("run", "--design", design, "--out", output).ExitCode, Is.EqualTo(2));
        Assert.That(Directory.Exists(output), Is.False);
    }

    [Test]
    public void Latin1_design_is_reported_as_not_utf8()
    {
        var folder = DesignFiles.NewFolder();
        var design = Path.Combine(folder, "design.csv");
        File.WriteAllText(design, DesignFiles.Header + "\nP\u00e9,A01,A549,DMSO,0,24\n", Encoding.Latin1);
        var result = CliHarness.Run("run", "--design", design, "--out", folder);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("design.csv:1:1: the file is not valid UTF-8 text"));
    }

    [Test]
    public void Missing_design_file_exits_2()
    {
        var folder = DesignFiles.NewFolder();
        var result = CliHarness.Run("run", "--design", Path.Combine(folder, "nope.csv"), "--out", folder);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("nope.csv' does not exist"));
        Assert.That(Directory.GetFiles(folder), Is.Empty);
    }

    [TestCase("--mode", "demo", "--mode and --design cannot be used together; give one")]
    [TestCase("--replicates", "2", "--replicates applies to --mode only")]
    public void Design_with_a_mode_option_exits_2(string option, string value, string message)
    {
        var folder = DesignFiles.NewFolder();
        var design = DesignFiles.Write(folder, DesignFiles.Header + "\nP,A01,A549,DMSO,0,24\n");
        var result = CliHarness.Run("run", "--design", design, option, value, "--out", folder);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Is.EqualTo($"cell-thalamus: error: {message}" + (option == "--replicates" ? "; a --design file lists every well\n" : "\n")));
        Assert.That(Directory.GetFiles(folder), Has.Length.EqualTo(1));
    }
}

using System.Diagnostics;
using CellThalamus.Cli;

namespace CellThalamus.Cli.Tests;

/// <summary>Mistakes a new user makes get one line that names the mistake and the way out.</summary>
public class UsabilityTests
{
    [Test]
    public void Unknown_command_is_named_with_the_list_of_commands()
    {
        var result = CliHarness.Run("runn");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Is.EqualTo("cell-thalamus: error: Unrecognized command or argument 'runn'; expected a command: compare, design, hash, params, run, self-test, validate (see cell-thalamus --help)\n"));
    }

    [Test]
    public void No_command_lists_the_commands()
    {
        var result = CliHarness.Run();
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.StartWith("cell-thalamus: error: a command is required: compare, design, hash, params, run, self-test, validate"));
    }

    [Test]
    public void A_choice_in_the_wrong_case_names_the_option_and_suggests_the_right_one()
    {
        var result = CliHarness.Run("run", "--mode", "Full");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Is.EqualTo("cell-thalamus: error: --mode must be one of benchmark, demo, full, got 'Full' (did you mean full?)\n"));
    }

    [Test]
    public void An_option_taken_as_the_output_path_is_refused()
    {
        var result = CliHarness.Run("run", "--mode", "demo", "--out", "--quiet");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Is.EqualTo("cell-thalamus: error: --out needs a path, got '--quiet'\n"));
        Assert.That(Directory.Exists("--quiet"), Is.False);
    }

    [Test]
    public void A_misspelt_option_points_to_the_command_help()
    {
        var result = CliHarness.Run("run", "--sed", "3");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Is.EqualTo("cell-thalamus: error: Unrecognized command or argument '--sed' (see cell-thalamus run --help)\n"));
    }

    [Test]
    public void SIGTERM_stops_a_run_with_exit_130_and_removes_its_temporary_file()
    {
        // SIGTERM rather than SIGINT: a test host started from a non-interactive shell's background job inherits an
        // ignored SIGINT, which the child cannot see; both signals take the same path in Program.Main.
        Assume.That(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "needs POSIX signals (kill -TERM)");
        var folder = CliHarness.NewFolder();
        using var run = CliHarness.Start(["run", "--replicates", "400", "--out", folder, "--quiet"]);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Directory.EnumerateFiles(folder, ".*partial*").Any() && DateTime.UtcNow < deadline && !run.HasExited)
        {
            Thread.Sleep(20);
        }

        Assert.That(run.HasExited, Is.False, "the run finished before it could be interrupted");
        Process.Start("kill", ["-TERM", run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        var error = run.StandardError.ReadToEnd();
        run.WaitForExit();
        Assert.That(run.ExitCode, Is.EqualTo(130), error);
        Assert.That(error, Does.Contain("interrupted; the temporary file was removed"));
        Assert.That(Directory.GetFiles(folder), Is.Empty);
    }

    [Test]
    public void A_design_file_from_a_pipe_is_refused_with_the_reason()
    {
        Assume.That(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "needs mkfifo");
        var folder = CliHarness.NewFolder();
        var fifo = Path.Combine(folder, "design.fifo");
        Process.Start("mkfifo", [fifo])!.WaitForExit();
        var writer = Task.Run(() =>
        {
            try
            {
                File.WriteAllText(fifo, "plate_id,well_id,cell_line,compound,dose_uM,timepoint_h\nP,A01,A549,DMSO,0,12\n");
            }
            catch (IOException)
            {
                // The reader closes the pipe as soon as it knows it is one.
            }
        });
        var result = CliHarness.Run("run", "--design", fifo, "--db-path", Path.Combine(folder, "out.db"));
        writer.Wait(TimeSpan.FromSeconds(10));
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("is a pipe or device, but a design is read more than once"));
        Assert.That(File.Exists(Path.Combine(folder, "out.db")), Is.False);
    }
}

using System.CommandLine;
using System.Text;
using CellThalamus.Core.Design;
using CellThalamus.Storage;

namespace CellThalamus.Cli;

/// <summary>`cell-thalamus design`: export a built-in design as a CSV design file that `run --design` reads back to the same wells.</summary>
public static class DesignCommand
{
    public static Command Build(CliContext context)
    {
        var mode = CommonOptions.Mode();
        var profile = CommonOptions.Profile();
        var paramsFile = CommonOptions.Params();
        var replicates = CommonOptions.Replicates();
        var output = new Option<string?>("--out") { HelpName = "FILE", Description = "CSV file to write. Default: standard output." };
        var force = new Option<bool>("--force") { Description = "Replace an existing file at --out." };
        var command = new Command("design", "Write a built-in design's wells as a CSV design file (doses in round-trip form: `run --design FILE` gives the same database as `run --mode MODE`). Doses depend on the parameters (level x ec50_uM), so --profile and --params count.")
        {
            mode, profile, paramsFile, replicates, output, force,
        };

        command.SetAction(parse =>
        {
            var parameters = CommonOptions.LoadParameters(context, parse.GetValue(profile)!, parse.GetValue(paramsFile));
            var wells = BuiltInDesigns.Wells(parse.GetValue(mode)!, parameters, parse.GetValue(replicates));
            if (parse.GetValue(output) is { } path)
            {
                WriteFile(path, parse.GetValue(force), writer => DesignTable.Write(writer, wells));
            }
            else
            {
                DesignTable.Write(context.Out, wells);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Writes beside the target and renames into place, so a failed export leaves no partial file and an existing one is kept.</summary>
    private static void WriteFile(string path, bool force, Action<TextWriter> write)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"--out '{path}' is a folder; expected a file path for the design");
        }

        if (File.Exists(path) && !force)
        {
            throw new UsageException($"{path} already exists; use --force to replace it");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = AtomicFile.TempPathFor(path);
        try
        {
            using (var writer = new StreamWriter(temp, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                write(writer);
            }

            AtomicFile.Publish(temp, path, force);
        }
        catch
        {
            AtomicFile.Discard(temp);
            throw;
        }
    }
}

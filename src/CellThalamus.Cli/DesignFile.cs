using System.CommandLine;
using CellThalamus.Core.Design;
using CellThalamus.Core.Parameters;

namespace CellThalamus.Cli;

/// <summary>A --design file: validated in one streaming pass before anything is written, then re-read lazily for each use.</summary>
public static class DesignFile
{
    public static Option<string?> CommandOption() => new("--design")
    {
        HelpName = "FILE",
        Description = "Design file to run instead of --mode: CSV or TSV with a header; columns plate_id, well_id, cell_line, compound, dose_uM, timepoint_h, and optionally day, operator, is_sentinel, plate_format (see README).",
    };

    /// <summary>Checks every row (throws <see cref="DesignException"/> naming file:line:column) and returns a re-readable well stream.</summary>
    public static Func<IEnumerable<WellSpec>> Load(string path, ParameterSet parameters)
    {
        TextReader Open() => InputFile.Open(path, "--design");
        using (var probe = Open())
        {
            // The file is read more than once (check, design_id, run), which a pipe such as <(...) or - cannot give.
            if (probe is StreamReader { BaseStream.CanSeek: false })
            {
                throw new UsageException($"--design file '{path}' is a pipe or device, but a design is read more than once (to check it, then to run it); save it to a file first");
            }
        }

        DesignTable.Validate(Open, path, parameters);
        return () => DesignTable.Read(Open, path, parameters);
    }
}

using CellThalamus.Core.Parameters;

namespace CellThalamus.Cli;

/// <summary>Reads a --params file for the Core, which does no I/O; errors then name the path as the user gave it.</summary>
public static class ParameterFile
{
    public static ParameterProfiles.Overlay Read(string path) => new(InputFile.ReadAllText(path, "--params"), path);
}

using CellThalamus.Core.Identity;

namespace CellThalamus.Cli;

/// <summary>The run's receipt on the console: everything needed to explain why two machines disagree.</summary>
public static class Banner
{
    public static void Write(TextWriter output, CampaignRequest request, string designId, long wells)
    {
        var p = request.Parameters;
        output.WriteLine($"{CliApp.Name} {SystemInfo.ProgramVersion}");
        Line(output, "runtime", SystemInfo.Runtime);
        Line(output, "platform", SystemInfo.Platform);
        Line(output, "simd", SystemInfo.Simd);
        Line(output, "sqlite", SystemInfo.SqliteVersion);
        Line(output, "seed", request.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Line(output, "workers", request.Workers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Line(output, "design", $"{request.DesignLabel} ({wells.ToString(System.Globalization.CultureInfo.InvariantCulture)} wells)");
        Line(output, "profile", p.Profile);
        Line(output, "params", DesignIdentity.ParameterHash(p));
        Line(output, "campaign", $"starts {CellThalamus.Core.CampaignClock.Format(p.CampaignStart)} (timestamps count from here; SOURCE_DATE_EPOCH moves it)");
        Line(output, "design_id", designId);
        Line(output, "output", Path.GetFullPath(request.TargetPath));
    }

    private static void Line(TextWriter output, string label, string value) => output.WriteLine($"  {label,-10} {value}");
}

using System.Globalization;
using System.Text;

namespace CellThalamus.Cli.Tests;

/// <summary>Design files written by tests.</summary>
public static class DesignFiles
{
    public const string Header = "plate_id,well_id,cell_line,compound,dose_uM,timepoint_h";

    public static readonly string[] CellLines = ["A549", "HepG2", "iPSC_NGN2", "iPSC_Microglia"];

    public static readonly string[] Compounds =
        ["tBHQ", "H2O2", "tbhp", "tunicamycin", "thapsigargin", "CCCP", "oligomycin", "two_deoxy_d_glucose", "etoposide", "cisplatin", "doxorubicin", "staurosporine", "MG132", "nocodazole", "paclitaxel"];

    /// <summary>Multiples of each compound's EC50.</summary>
    public static readonly double[] DoseLevels = [0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30];

    public static readonly double[] Timepoints = [6, 12, 24, 48, 72];

    /// <summary>One 384-well plate per timepoint: for each cell line, 15 compounds at eight EC50 multiples and DMSO (0 uM) in eight wells. Returns the well count.</summary>
    public static long AllLinesAllCompounds(string path)
    {
        var ec50 = CellThalamus.Core.Parameters.ParameterProfiles.Load(CellThalamus.Core.Parameters.ParameterProfiles.Default).Compounds;
        var text = new StringBuilder(Header + ",day,operator,is_sentinel,plate_format\n");
        long wells = 0;
        foreach (var t in Timepoints)
        {
            foreach (var line in CellLines)
            {
                var position = 0;
                foreach (var compound in Compounds.Append("DMSO"))
                {
                    foreach (var level in DoseLevels)
                    {
                        var well = (char)('A' + (position / 24)) + ((position % 24) + 1).ToString("00", CultureInfo.InvariantCulture);
                        var dose = compound == "DMSO" ? 0 : level * ec50[compound].Ec50Um;
                        text.Append(CultureInfo.InvariantCulture, $"Plate_T{t}h,{well},{line},{compound},{dose:R},{t:R},1,Operator_A,{(compound == "DMSO" ? 1 : 0)},384\n");
                        position++;
                        wells++;
                    }
                }
            }
        }

        File.WriteAllText(path, text.ToString());
        return wells;
    }

    /// <summary>A fresh folder with a short name (CliHarness names folders after the test, too long for test cases with long arguments).</summary>
    public static string NewFolder()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "scratch", "design-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        return path;
    }

    public static string Write(string folder, string content, string name = "design.csv")
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}

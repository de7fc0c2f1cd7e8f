using System.Collections.Immutable;
using CellThalamus.Core.Design;
using CellThalamus.Core.Parameters;

namespace CellThalamus.Model.Tests;

/// <summary>
/// A dense 12 h dose-response design: every cell line x compound on one 1536-well plate id (one physical plate per
/// cell line), eight doses at fixed multiples of the true IC50, replicates side by side in row-major order.
/// </summary>
internal static class DoseResponseDesign
{
    public const string PlateId = "DoseResponse_T12.0h";

    /// <summary>Doubling steps from IC50/8 to 16 x IC50: both plateaus and the slope in between.</summary>
    public static readonly ImmutableArray<double> Ic50Multiples = [1.0 / 8, 1.0 / 4, 1.0 / 2, 1, 2, 4, 8, 16];

    public const int Replicates = 4;

    public static IEnumerable<WellSpec> Wells(ParameterSet parameters)
    {
        var format = PlateFormat.Plate1536;
        foreach (var line in parameters.CellLines.Keys)
        {
            var position = 0;
            foreach (var compound in parameters.Compounds.Keys)
            {
                var ic50 = GroundTruth.Of(parameters, line, compound).Ic50Um;
                foreach (var multiple in Ic50Multiples)
                {
                    for (var replicate = 0; replicate < Replicates; replicate++)
                    {
                        var wellId = format.WellId(position / format.Columns, position % format.Columns);
                        position++;
                        yield return new WellSpec(PlateId, wellId, line, compound, ic50 * multiple, 12.0, 1, "Operator_A", false, format);
                    }
                }
            }
        }
    }
}

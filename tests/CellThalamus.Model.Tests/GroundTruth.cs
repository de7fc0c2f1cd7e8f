using CellThalamus.Core.Parameters;

namespace CellThalamus.Model.Tests;

/// <summary>MODEL.md section 3 step 1, written out again from the spec so a fit is checked against the spec, not the model's own code.</summary>
internal static class GroundTruth
{
    public readonly record struct Potency(double Ic50Um, double Hill);

    public static Potency Of(ParameterSet parameters, string cellLine, string compound)
    {
        var line = parameters.CellLines[cellLine];
        var drug = parameters.Compounds[compound];
        if (drug.Axis == StressAxis.Microtubule)
        {
            var m = 1 / Math.Max(line.ProliferationIndex, 0.3);
            var multiplier = Math.Clamp(m * (1 + (0.2 * line.FunctionalDependency)), 0.3, 5.0);
            return new(Math.Max(1e-9, drug.Ec50Um * multiplier), drug.Hill * (0.8 + (0.4 * line.ProliferationIndex)));
        }

        return new(Math.Max(1e-9, drug.Ec50Um * line.Ic50Multipliers.GetValueOrDefault(compound, 1.0)), drug.Hill);
    }
}

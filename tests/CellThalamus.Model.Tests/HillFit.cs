using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace CellThalamus.Model.Tests;

/// <summary>A four-parameter logistic fit, y = bottom + (top - bottom) / (1 + (dose / ic50)^hill), by Levenberg-Marquardt.</summary>
internal sealed record HillFit(double Top, double Bottom, double Ic50Um, double Hill, ExitCondition Exit)
{
    private const int TopIndex = 0;
    private const int BottomIndex = 1;
    private const int LogIc50Index = 2;
    private const int HillIndex = 3;

    public static HillFit To(IReadOnlyList<double> doses, IReadOnlyList<double> responses)
    {
        if (doses.Count != responses.Count || doses.Any(d => d <= 0))
        {
            throw new ArgumentException($"a Hill fit needs one response per positive dose; got {doses.Count} doses (min {doses.Min()}) and {responses.Count} responses");
        }

        // The fit runs on ln(dose) and ln(IC50): positive by construction, and the slope is symmetric in log dose.
        var x = Vector<double>.Build.DenseOfEnumerable(doses.Select(d => Math.Log(d)));
        var y = Vector<double>.Build.DenseOfEnumerable(responses);
        var objective = ObjectiveFunction.NonlinearModel(Response, Jacobian, x, y);

        // A start any analyst could pick without knowing the truth: the observed plateaus, the middle of the dose range, slope 1.
        var start = Vector<double>.Build.Dense([responses.Max(), responses.Min(), (x.Minimum() + x.Maximum()) / 2, 1.0]);
        var result = new LevenbergMarquardtMinimizer(maximumIterations: 1000).FindMinimum(objective, start);
        var p = result.MinimizingPoint;
        return new HillFit(p[TopIndex], p[BottomIndex], Math.Exp(p[LogIc50Index]), p[HillIndex], result.ReasonForExit);
    }

    /// <summary>1 / (1 + e^z) without overflow at either tail.</summary>
    private static double Survival(double z) => z > 0 ? Math.Exp(-z) / (1 + Math.Exp(-z)) : 1 / (1 + Math.Exp(z));

    private static Vector<double> Response(Vector<double> p, Vector<double> logDose) =>
        logDose.Map(ld => p[BottomIndex] + ((p[TopIndex] - p[BottomIndex]) * Survival(p[HillIndex] * (ld - p[LogIc50Index]))));

    private static Matrix<double> Jacobian(Vector<double> p, Vector<double> logDose)
    {
        var j = Matrix<double>.Build.Dense(logDose.Count, 4);
        var span = p[TopIndex] - p[BottomIndex];
        for (var i = 0; i < logDose.Count; i++)
        {
            var distance = logDose[i] - p[LogIc50Index];
            var f = Survival(p[HillIndex] * distance);
            j[i, TopIndex] = f;
            j[i, BottomIndex] = 1 - f;
            j[i, LogIc50Index] = span * p[HillIndex] * f * (1 - f);
            j[i, HillIndex] = -span * distance * f * (1 - f);
        }

        return j;
    }
}

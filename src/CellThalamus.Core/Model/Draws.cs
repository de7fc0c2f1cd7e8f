using CellThalamus.Core.Randomness;

namespace CellThalamus.Core.Model;

/// <summary>Every named draw of the model. Renaming one changes every value it feeds: that is a model version change.</summary>
public static class Draws
{
    public static readonly DrawTag SeedingStress = new("seeding_stress");
    public static readonly DrawTag DeliveredDose = new("delivered_dose");
    public static readonly DrawTag BiologicalNoise = new("biological_noise");
    public static readonly DrawTag WellFactor = new("well_factor");
    public static readonly DrawTag PlateFactor = new("plate_factor");
    public static readonly DrawTag DayFactor = new("day_factor");
    public static readonly DrawTag OperatorFactor = new("operator_factor");
    public static readonly DrawTag Failure = new("well_failure");
    public static readonly DrawTag FailureScale = new("well_failure_scale");
    public static readonly DrawTag LdhNoise = new("ldh_noise");
}

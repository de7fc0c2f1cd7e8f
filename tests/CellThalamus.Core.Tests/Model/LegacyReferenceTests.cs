using CellThalamus.Core.Design;
using CellThalamus.Core.Model;
using CellThalamus.Core.Parameters;

namespace CellThalamus.Core.Tests.Model;

/// <summary>MODEL.md section 4: the December 2025 Python runner's values, within 1e-12 relative.</summary>
public class LegacyReferenceTests
{
    private static readonly ParameterSet Legacy = ParameterProfiles.Load(ParameterProfiles.Legacy);

    private static readonly List<WellSpec> FullDesign = BuiltInDesigns.Wells("full", Legacy).ToList();

    [TestCase("Plate_1_Day1_Operator_A_T48.0h", "A549", "A04", "tBHQ", 30.0, 0.6784615384615384)]
    [TestCase("Plate_1_Day1_Operator_A_T48.0h", "A549", "A05", "tBHQ", 300.0, 0.01781439353672796)]
    [TestCase("Plate_1_Day1_Operator_A_T48.0h", "HepG2", "D11", "tBHQ", 30.0, 0.2843663639952624)]
    [TestCase("Plate_1_Day1_Operator_A_T48.0h", "HepG2", "D12", "tBHQ", 300.0, 0.009799999999999999)]
    [TestCase("Plate_1_Day1_Operator_A_T48.0h", "A549", "D07", "paclitaxel", 0.01, 0.3085071767496996)]
    [TestCase("Plate_1_Day1_Operator_A_T48.0h", "HepG2", "G12", "paclitaxel", 0.01, 0.6623019015038946)]
    [TestCase("Plate_1_Day1_Operator_A_T48.0h", "HepG2", "G04", "MG132", 1.0, 0.2559297275957362)]
    [TestCase("Plate_1_Day1_Operator_A_T48.0h", "A549", "D06", "tunicamycin", 2.0, 0.2464508487958941)]
    public void Viability_matches_the_reference_runner_at_the_same_well(string plate, string line, string wellId, string compound, double dose, double expected)
    {
        var well = FullDesign.Single(w => w.PlateId == plate && w.CellLine == line && w.WellId == wellId);
        Assert.That((well.Compound, well.DoseUm), Is.EqualTo((compound, dose)), "the layout puts a different treatment at this well");
        AssertPhysics(well, expected);
    }

    [TestCase("A549", "nocodazole", 0.5, 0.3497047855094312)]
    [TestCase("HepG2", "CCCP", 5.0, 0.2849465036020615)]
    [TestCase("HepG2", "oligomycin", 1.0, 0.2995750890880294)]
    [TestCase("A549", "etoposide", 10.0, 0.3222818791946308)]
    public void Viability_matches_the_reference_runner_at_12h(string line, string compound, double dose, double expected)
    {
        var well = FullDesign.First(w => w.PlateId == "Plate_1_Day1_Operator_A_T12.0h" && w.CellLine == line && w.Compound == compound && w.DoseUm == dose);
        AssertPhysics(well, expected);
    }

    [Test]
    public void Every_vehicle_well_has_viability_098_and_death_mode_unknown()
    {
        var model = new WellModel(Legacy, 0);
        var vehicles = FullDesign.Where(w => w.DoseUm == 0).ToList();
        Assert.That(vehicles, Has.Count.GreaterThan(100));
        foreach (var well in vehicles)
        {
            var death = model.Physics(well).Death;
            Assert.That(death.Viability, Is.EqualTo(0.98).Within(1e-12).Percent, well.EntityKey);
            Assert.That(death.Unknown, Is.EqualTo(0.02000000000000001).Within(1e-10).Percent, well.EntityKey);
            Assert.That(death.Mode, Is.EqualTo("unknown"), well.EntityKey);
        }
    }

    [Test]
    public void Low_dose_tBHQ_at_48h_keeps_viability_high_and_death_mode_null()
    {
        var well = FullDesign.First(w => w.TimepointH == 48 && w.CellLine == "A549" && w.Compound == "tBHQ" && w.DoseUm == 0.1 * 30.0);
        var death = new WellModel(Legacy, 0).Physics(well).Death;
        Assert.That(death.Viability, Is.EqualTo(0.9756637168141593).Within(1e-10).Percent);
        Assert.That(death.Mode, Is.Null);
    }

    [Test]
    public void Legacy_physics_does_not_depend_on_the_seed()
    {
        var wells = FullDesign.Take(200).ToList();
        var a = wells.Select(w => new WellModel(Legacy, 0).Physics(w)).ToList();
        var b = wells.Select(w => new WellModel(Legacy, 12345).Physics(w)).ToList();
        Assert.That(b, Is.EqualTo(a));
    }

    private static void AssertPhysics(WellSpec well, double expected)
    {
        var physics = new WellModel(Legacy, 0).Physics(well);
        // 1e-12 relative, as MODEL.md requires (NUnit's Percent takes percent, hence 1e-10).
        Assert.That(physics.Death.Viability, Is.EqualTo(expected).Within(1e-10).Percent);
        Assert.That(physics.Death.Compound + physics.Death.Confluence + physics.Death.Unknown, Is.EqualTo(1 - physics.Death.Viability).Within(1e-12));
    }
}

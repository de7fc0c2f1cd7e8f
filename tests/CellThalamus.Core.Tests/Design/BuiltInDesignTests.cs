using CellThalamus.Core.Design;
using CellThalamus.Core.Parameters;

namespace CellThalamus.Core.Tests.Design;

public class BuiltInDesignTests
{
    private static readonly ParameterSet Default = ParameterProfiles.Load(ParameterProfiles.Default);

    [TestCase("demo", 4, 1)]
    [TestCase("benchmark", 48, 1)]
    [TestCase("full", 2304, 24)]
    public void Mode_has_the_documented_well_and_plate_counts(string mode, int wells, int plates)
    {
        var design = BuiltInDesigns.Wells(mode, Default).ToList();
        Assert.That(design, Has.Count.EqualTo(wells));
        Assert.That(design.Select(w => w.PlateId).Distinct().Count(), Is.EqualTo(plates));
        Assert.That(design.Select(w => w.EntityKey).Distinct().Count(), Is.EqualTo(wells), "physical wells must be unique");
    }

    [Test]
    public void Replicates_override_scales_the_full_campaign()
    {
        Assert.That(BuiltInDesigns.Wells("full", Default, replicates: 300).Count(), Is.EqualTo(230_400));
    }

    [Test]
    public void Dose_is_one_IEEE_multiplication_of_level_and_ec50()
    {
        var well = BuiltInDesigns.Wells("full", Default).First(w => w.Compound == "tBHQ" && w.WellId == "A03");
        // MODEL.md says 0.1 * 30.0 is 3.0000000000000004, but IEEE (and Python) give exactly 3.0; the rule wins.
        var level = 0.1;
        Assert.That(well.DoseUm, Is.EqualTo(level * 30.0));
        Assert.That(well.DoseUm, Is.EqualTo(3.0));
    }

    [Test]
    public void Every_full_plate_carries_eight_sentinels_per_cell_line()
    {
        var sentinels = BuiltInDesigns.Wells("full", Default).Where(w => w.IsSentinel).GroupBy(w => (w.PlateId, w.CellLine));
        Assert.That(sentinels.Select(g => g.Count()).Distinct(), Is.EqualTo(new[] { 8 }));
        Assert.That(sentinels.Count(), Is.EqualTo(48));
    }

    [Test]
    public void Plate_ids_write_the_timepoint_with_one_decimal()
    {
        var plates = BuiltInDesigns.Wells("full", Default).Select(w => w.PlateId).Distinct().ToList();
        Assert.That(plates, Does.Contain("Plate_3_Day2_Operator_B_T48.0h"));
        Assert.That(plates[0], Is.EqualTo("Plate_1_Day1_Operator_A_T12.0h"));
    }

    [Test]
    public void Unknown_mode_names_the_valid_choices()
    {
        var error = Assert.Throws<DesignException>(() => BuiltInDesigns.Wells("fast", Default));
        Assert.That(error!.Message, Is.EqualTo("unknown mode 'fast'; expected one of benchmark, demo, full"));
    }

    [TestCase(96, "A01", true)]
    [TestCase(96, "B02", false)]
    [TestCase(96, "H06", true)]
    [TestCase(96, "D12", true)]
    [TestCase(384, "P24", true)]
    [TestCase(384, "H12", false)]
    [TestCase(1536, "AF10", true)]
    [TestCase(1536, "AE47", false)]
    public void Edge_wells_are_the_outer_ring_of_the_plate_format(int wells, string wellId, bool edge)
    {
        Assert.That(PlateFormat.FromWells(wells)!.IsEdge(wellId), Is.EqualTo(edge));
    }

    [TestCase(96, "I01")]
    [TestCase(96, "A13")]
    [TestCase(96, "A1")]
    [TestCase(1536, "AG01")]
    [TestCase(384, "a01")]
    public void Wells_outside_the_format_do_not_parse(int wells, string wellId)
    {
        Assert.That(PlateFormat.FromWells(wells)!.Parse(wellId), Is.Null);
    }
}

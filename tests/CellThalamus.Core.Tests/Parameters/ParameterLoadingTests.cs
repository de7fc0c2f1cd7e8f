using CellThalamus.Core.Parameters;

namespace CellThalamus.Core.Tests.Parameters;

public class ParameterLoadingTests
{
    private static ParameterException Rejects(string yaml) =>
        Assert.Throws<ParameterException>(() => ParameterProfiles.Load(ParameterProfiles.Default, [new ParameterProfiles.Overlay(yaml, "p.yaml")]))!;

    [Test]
    public void Both_profiles_load_with_the_model_tables()
    {
        var p = ParameterProfiles.Load(ParameterProfiles.Default);
        Assert.That(p.Compounds, Has.Count.EqualTo(15));
        Assert.That(p.CellLines.Keys, Is.EquivalentTo(new[] { "A549", "HepG2", "iPSC_NGN2", "iPSC_Microglia" }));
        Assert.That(p.Compounds["paclitaxel"].Ec50Um, Is.EqualTo(0.01));
        Assert.That(p.Corrections.ClampMorphology, Is.True);
        var legacy = ParameterProfiles.Load(ParameterProfiles.Legacy);
        Assert.That(legacy.PhysicsNoise.DoseLogSd, Is.Zero);
        Assert.That(legacy.Corrections.LdhFromViability, Is.False);
    }

    [Test]
    public void Unknown_key_is_an_error_naming_file_line_and_key()
    {
        var error = Rejects("compounds:\n  CCCP:\n    ec50_um: 6.0\n");
        Assert.That(error.Message, Does.StartWith("p.yaml:3:14: unknown key 'compounds.CCCP.ec50_um'"));
    }

    [Test]
    public void Duplicate_key_is_an_error()
    {
        Assert.That(Rejects("noise:\n  plate_cv: 0.1\n  plate_cv: 0.2\n").Message, Does.Contain("p.yaml:3:3: duplicate key 'plate_cv'"));
    }

    [TestCase(".nan")]
    [TestCase("NaN")]
    [TestCase(".inf")]
    [TestCase("abc")]
    [TestCase("'0.1'")]
    public void Non_numbers_are_errors_naming_the_key(string value)
    {
        Assert.That(Rejects($"noise:\n  plate_cv: {value}\n").Message, Does.Contain("'noise.plate_cv': expected"));
    }

    [Test]
    public void Negative_cv_is_an_error()
    {
        Assert.That(Rejects("noise:\n  well_cv: -0.01\n").Message, Is.EqualTo("p.yaml:2:12: 'noise.well_cv': expected a number >= 0, found -0.01"));
    }

    [Test]
    public void A_new_compound_missing_a_field_is_an_error()
    {
        Assert.That(Rejects("compounds:\n  newdrug: { ec50_uM: 1.0, hill: 2.0, intensity: 1.0 }\n").Message, Does.Contain("'compounds.newdrug.stress_axis' is missing"));
    }

    [Test]
    public void A_stress_axis_must_be_one_of_the_six()
    {
        Assert.That(Rejects("compounds:\n  newdrug: { ec50_uM: 1.0, hill: 2.0, intensity: 1.0, stress_axis: heat }\n").Message,
            Does.Contain("unknown value 'heat'; expected one of dna_damage, er_stress, microtubule, mitochondrial, oxidative, proteasome"));
    }

    [Test]
    public void An_override_changes_only_what_it_names()
    {
        var p = ParameterProfiles.Load(ParameterProfiles.Default, [new ParameterProfiles.Overlay("compounds:\n  CCCP:\n    ec50_uM: 6.0\n", "p.yaml")]);
        Assert.That(p.Compounds["CCCP"].Ec50Um, Is.EqualTo(6.0));
        Assert.That(p.Compounds["CCCP"].Hill, Is.EqualTo(2.5));
        Assert.That(p.Compounds["tBHQ"], Is.EqualTo(ParameterProfiles.Load(ParameterProfiles.Default).Compounds["tBHQ"]));
    }

    [Test]
    public void Unknown_profile_names_the_valid_choices()
    {
        var error = Assert.Throws<ArgumentException>(() => ParameterProfiles.Load("legacy"));
        Assert.That(error!.Message, Is.EqualTo("unknown profile 'legacy'; expected one of default, legacy-2025-12"));
    }

    [Test]
    public void A_compound_name_in_the_wrong_case_suggests_the_known_one()
    {
        Assert.That(Rejects("compounds:\n  cccp:\n    ec50_uM: 6.0\n").Message,
            Does.Contain("'compounds.cccp.stress_axis' is missing (did you mean CCCP? names are case-sensitive)"));
    }

    [Test]
    public void A_cell_line_name_in_the_wrong_case_suggests_the_known_one()
    {
        Assert.That(Rejects("cell_lines:\n  hepg2:\n    ldh_baseline: 1.0\n").Message, Does.Contain("(did you mean HepG2? names are case-sensitive)"));
    }
}

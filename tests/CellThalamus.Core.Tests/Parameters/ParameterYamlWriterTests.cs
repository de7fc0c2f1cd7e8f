using CellThalamus.Core.Identity;
using CellThalamus.Core.Parameters;

namespace CellThalamus.Core.Tests.Parameters;

public class ParameterYamlWriterTests
{
    private static ParameterSet LoadWith(string profile, string yaml) =>
        ParameterProfiles.Load(profile, [new ParameterProfiles.Overlay(yaml, "params.yaml")]);

    [TestCase(ParameterProfiles.Default)]
    [TestCase(ParameterProfiles.Legacy)]
    public void Written_parameters_load_back_to_the_same_canonical_values(string profile)
    {
        var parameters = ParameterProfiles.Load(profile);
        var reloaded = LoadWith(profile, ParameterYamlWriter.Write(parameters.Canonical));
        Assert.That(CanonicalJson.Serialize(reloaded.Canonical), Is.EqualTo(CanonicalJson.Serialize(parameters.Canonical)));
    }

    [Test]
    public void Written_parameters_override_every_value_of_another_profile()
    {
        var legacy = ParameterProfiles.Load(ParameterProfiles.Legacy);
        var reloaded = LoadWith(ParameterProfiles.Default, ParameterYamlWriter.Write(legacy.Canonical));
        // Every value is legacy's, but the run still says which profile it started from, so the hashes differ.
        Assert.That(reloaded.Profile, Is.EqualTo(ParameterProfiles.Default));
        Assert.That(CanonicalJson.Serialize(WithoutProfile(reloaded)), Is.EqualTo(CanonicalJson.Serialize(WithoutProfile(legacy))));
        Assert.That(DesignIdentity.ParameterHash(reloaded), Is.Not.EqualTo(DesignIdentity.ParameterHash(legacy)));
    }

    [Test]
    public void A_parameter_file_cannot_rename_the_profile()
    {
        var error = Assert.Throws<ParameterException>(() => LoadWith(ParameterProfiles.Default, "profile: legacy-2025-12\n"));
        Assert.That(error!.Message, Is.EqualTo("params.yaml:1:10: 'profile' cannot be set in a parameter file; choose the profile with --profile"));
    }

    private static SortedDictionary<string, object> WithoutProfile(ParameterSet p) =>
        new(p.Canonical.Where(e => e.Key != "profile").ToDictionary(e => e.Key, e => e.Value), StringComparer.Ordinal);

    [Test]
    public void Doubles_are_written_in_round_trip_form()
    {
        var parameters = LoadWith(ParameterProfiles.Default, "compounds:\n  CCCP:\n    ec50_uM: 0.30000000000000004\n  paclitaxel:\n    ec50_uM: 1e-12\n");
        var reloaded = LoadWith(ParameterProfiles.Default, ParameterYamlWriter.Write(parameters.Canonical));
        Assert.That(reloaded.Compounds["CCCP"].Ec50Um, Is.EqualTo(0.30000000000000004));
        Assert.That(reloaded.Compounds["paclitaxel"].Ec50Um, Is.EqualTo(1e-12));
    }

    [Test]
    public void Keys_are_sorted_and_odd_keys_and_all_strings_are_quoted()
    {
        var tree = new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["b"] = new SortedDictionary<string, object>(StringComparer.Ordinal) { ["on"] = true, ["x y"] = "say \"hi\"" },
            ["a"] = new List<object> { 1.5, -0.25 },
            ["c"] = new SortedDictionary<string, object>(StringComparer.Ordinal),
        };
        Assert.That(ParameterYamlWriter.Write(tree), Is.EqualTo("a: [1.5, -0.25]\nb:\n  \"on\": true\n  \"x y\": \"say \\\"hi\\\"\"\nc: {}\n"));
    }
}

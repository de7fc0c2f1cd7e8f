using static CellThalamus.Analyzers.Tests.Verify;

namespace CellThalamus.Analyzers.Tests;

public class ReadmeTests
{
    private static string Readme() => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "AnalyzerReadme.md"));

    [Test]
    public void Readme_has_a_table_row_and_a_help_section_for_every_rule()
    {
        var readme = Readme();

        foreach (var id in AllRuleIds())
        {
            Assert.That(readme, Does.Contain("| " + id + " |"), id + " has no row in the rule table");
            Assert.That(readme, Does.Contain("\n### " + id + ":"), id + " has no help section");
        }
    }
}

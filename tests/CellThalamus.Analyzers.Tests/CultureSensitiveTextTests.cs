using static CellThalamus.Analyzers.Tests.Verify;

namespace CellThalamus.Analyzers.Tests;

public class CultureSensitiveTextTests
{
    [Test]
    public Task CTH013_fires_on_a_double_interpolated_into_a_string() =>
        AnalyzersAsync(InMethod("var line = $\"dose={{|#0:dose|}} uM\";"), Diagnostic(Rules.CultureInterpolation, 0, "dose", "double"));

    [Test]
    public Task CTH013_fires_on_a_formatted_hole() =>
        AnalyzersAsync(InMethod("var line = $\"dose={{|#0:dose|}:F3}\";"), Diagnostic(Rules.CultureInterpolation));

    [Test]
    public Task CTH013_fires_on_string_concatenation_of_a_double() =>
        AnalyzersAsync(InMethod("var line = \"dose=\" + {|#0:dose|};"), Diagnostic(Rules.CultureInterpolation));

    [Test]
    public Task CTH013_fires_on_appending_a_double_to_a_string() =>
        AnalyzersAsync(InMethod("var line = \"dose=\"; line += {|#0:dose|};"), Diagnostic(Rules.CultureInterpolation));

    [Test]
    public Task CTH013_fires_on_StringBuilder_interpolation_without_a_provider() =>
        AnalyzersAsync(
            InMethod("var builder = new System.Text.StringBuilder(); builder.Append($\"{{|#0:dose|}}\");"),
            Diagnostic(Rules.CultureInterpolation));

    [TestCase("FormattableString.Invariant($\"dose={dose}\")")]
    [TestCase("string.Create(CultureInfo.InvariantCulture, $\"dose={dose}\")")]
    [TestCase("$\"dose={dose.ToString(\"R\", CultureInfo.InvariantCulture)}\"")]
    [TestCase("$\"wells={n}\"")]
    [TestCase("\"wells=\" + n")]
    public Task CTH013_does_not_fire_on_invariant_or_integer_text(string expression) =>
        AnalyzersAsync(InMethod("_ = " + expression + ";"));

    [Test]
    public Task CTH013_does_not_fire_on_StringBuilder_interpolation_with_the_invariant_culture() =>
        AnalyzersAsync(InMethod("var builder = new System.Text.StringBuilder(); builder.Append(CultureInfo.InvariantCulture, $\"{dose}\");"));
}

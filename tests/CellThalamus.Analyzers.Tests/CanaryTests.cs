using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using static CellThalamus.Analyzers.Tests.Verify;

namespace CellThalamus.Analyzers.Tests;

public class CanaryTests
{
    private static string CanarySource()
    {
        using var stream = typeof(CanaryTests).Assembly.GetManifestResourceStream("Canary.cs.txt")
            ?? throw new InvalidOperationException("Embedded resource Canary.cs.txt is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [Test]
    public async Task Canary_compiles_apart_from_the_determinism_rules()
    {
        var diagnostics = await CompileAsync(CanarySource());

        var others = diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.Id.StartsWith("CTH", StringComparison.Ordinal))
            .Select(d => d.ToString());

        Assert.That(others, Is.Empty);
    }

    [Test]
    public async Task Canary_triggers_every_rule_id()
    {
        var diagnostics = await CompileAsync(CanarySource());

        var fired = diagnostics.Select(d => d.Id).Where(id => id.StartsWith("CTH", StringComparison.Ordinal)).ToImmutableSortedSet(StringComparer.Ordinal);

        Assert.That(fired, Is.EqualTo(AllRuleIds()));
    }

    [Test]
    public async Task Canary_marks_each_violation_with_the_rule_it_triggers()
    {
        // Each violating line ends with "// CTHnnn": the rule must fire on that very line, so a rule cannot pass on another's line.
        var source = CanarySource();
        var diagnostics = await CompileAsync(source);
        var lines = source.Split('\n');

        foreach (var diagnostic in diagnostics.Where(d => d.Id.StartsWith("CTH", StringComparison.Ordinal)))
        {
            var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
            Assert.That(lines[line], Does.Contain("// " + diagnostic.Id), diagnostic.ToString());
        }

        foreach (var (line, index) in lines.Select((line, index) => (line, index)))
        {
            var marker = line.IndexOf("// CTH", StringComparison.Ordinal);
            if (marker < 0)
            {
                continue;
            }

            var id = line.Substring(marker + 3, 6);
            Assert.That(
                diagnostics.Any(d => d.Id == id && d.Location.GetLineSpan().StartLinePosition.Line == index),
                Is.True,
                string.Create(CultureInfo.InvariantCulture, $"{id} did not fire on canary line {index + 1}: {line.Trim()}"));
        }
    }
}

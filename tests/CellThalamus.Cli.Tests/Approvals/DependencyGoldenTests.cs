using System.Text.Json;
using ApprovalTests.Reporters;

namespace CellThalamus.Cli.Tests.Approvals;

/// <summary>
/// Pins the command's dependency list: every package and project it loads, with versions, and every runtime or
/// native file they bring (from cell-thalamus.deps.json). A new or upgraded dependency is a reviewed change.
/// </summary>
[UseReporter(typeof(QuietReporter))]
public class DependencyGoldenTests
{
    [Test]
    public void Dependency_list_matches_the_approved_golden()
    {
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "cell-thalamus.deps.json")));
        var lines = new List<string>();
        var targets = deps.RootElement.GetProperty("targets");
        foreach (var target in targets.EnumerateObject())
        {
            foreach (var library in target.Value.EnumerateObject())
            {
                lines.Add(library.Name);
                foreach (var kind in new[] { "runtime", "native", "runtimeTargets" })
                {
                    if (library.Value.TryGetProperty(kind, out var assets))
                    {
                        lines.AddRange(assets.EnumerateObject().Select(a => $"  {kind}: {a.Name}"));
                    }
                }
            }
        }

        Golden.Verify(string.Join("\n", lines) + "\n", "deps");
    }
}

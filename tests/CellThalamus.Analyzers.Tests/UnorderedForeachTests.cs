using static CellThalamus.Analyzers.Tests.Verify;

namespace CellThalamus.Analyzers.Tests;

public class UnorderedForeachTests
{
    [Test]
    public Task CTH030_fires_on_foreach_over_a_HashSet() =>
        AnalyzersAsync(
            InMethod("var wells = new HashSet<string>(); foreach (var well in {|#0:wells|}) { }"),
            Diagnostic(Rules.HashOrderedForeach, 0, "wells", "HashSet"));

    [TestCase("byWell")]
    [TestCase("byWell.Keys")]
    [TestCase("byWell.Values")]
    [TestCase("byWell.Where(pair => pair.Value > 0)")]
    [TestCase("byWell.Keys.Select(key => key.Length)")]
    public Task CTH030_fires_on_foreach_over_a_Dictionary(string collection) =>
        AnalyzersAsync(
            InMethod("var byWell = new Dictionary<string, double>(); foreach (var item in {|#0:" + collection + "|}) { }"),
            Diagnostic(Rules.HashOrderedForeach));

    [Test]
    public Task CTH030_fires_on_foreach_over_an_IReadOnlyDictionary() =>
        AnalyzersAsync(
            InMethod("foreach (var pair in {|#0:parameters|}) { }", "IReadOnlyDictionary<string, double> parameters = new Dictionary<string, double>();"),
            Diagnostic(Rules.HashOrderedForeach));

    [TestCase("byWell.Keys.Order()")]
    [TestCase("byWell.Keys.Order(StringComparer.Ordinal)")]
    [TestCase("byWell.OrderBy(pair => pair.Key, StringComparer.Ordinal)")]
    [TestCase("byWell.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Value)")]
    [TestCase("new SortedDictionary<string, double>(byWell, StringComparer.Ordinal)")]
    [TestCase("System.Collections.Immutable.ImmutableSortedSet.ToImmutableSortedSet(byWell.Keys, StringComparer.Ordinal)")]
    public Task CTH030_does_not_fire_on_an_explicitly_ordered_collection(string collection) =>
        AnalyzersAsync(InMethod("var byWell = new Dictionary<string, double>(); foreach (var item in " + collection + ") { }"));

    [Test]
    public Task CTH030_does_not_fire_on_a_List() =>
        AnalyzersAsync(InMethod("var wells = new List<string>(); foreach (var well in wells) { }"));

    [Test]
    public Task CTH030_can_be_suppressed_with_a_justification() =>
        AnalyzersAsync(InMethod("""
            var wells = new HashSet<string>();
            var count = 0;
            #pragma warning disable CTH030 // Counting is order-independent.
            foreach (var well in wells) { count++; }
            #pragma warning restore CTH030
            """));

    [TestCase("Directory.GetFiles(text)")]
    [TestCase("Directory.EnumerateFiles(text, \"*.yaml\")")]
    [TestCase("Directory.EnumerateDirectories(text)")]
    [TestCase("new DirectoryInfo(text).GetFiles()")]
    [TestCase("Directory.EnumerateFiles(text).Where(path => path.EndsWith(\".yaml\", StringComparison.Ordinal))")]
    public Task CTH031_fires_on_foreach_over_a_file_system_listing(string collection) =>
        AnalyzersAsync(InMethod("foreach (var item in {|#0:" + collection + "|}) { }"), Diagnostic(Rules.FileSystemForeach));

    [TestCase("Directory.GetFiles(text).Order(StringComparer.Ordinal)")]
    [TestCase("Directory.EnumerateFiles(text).OrderBy(path => path, StringComparer.Ordinal)")]
    public Task CTH031_does_not_fire_on_an_ordered_file_system_listing(string collection) =>
        AnalyzersAsync(InMethod("foreach (var item in " + collection + ") { }"));
}

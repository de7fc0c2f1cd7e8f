using static CellThalamus.Analyzers.Tests.Verify;

namespace CellThalamus.Analyzers.Tests;

public class ConcurrentCollectionTests
{
    [Test]
    public Task CTH023_fires_on_foreach_over_a_ConcurrentBag() =>
        AnalyzersAsync(
            InMethod("var bag = new ConcurrentBag<int>(); foreach (var x in {|#0:bag|}) { }"),
            Diagnostic(Rules.ConcurrentEnumeration, 0, "bag", "ConcurrentBag"));

    [Test]
    public Task CTH023_fires_on_LINQ_over_a_ConcurrentQueue() =>
        AnalyzersAsync(InMethod("var queue = new ConcurrentQueue<double>(); _ = {|#0:queue|}.Sum();"), Diagnostic(Rules.ConcurrentEnumeration));

    [Test]
    public Task CTH023_fires_on_the_keys_of_a_ConcurrentDictionary() =>
        AnalyzersAsync(
            InMethod("var byWell = new ConcurrentDictionary<string, double>(); foreach (var key in {|#0:byWell.Keys|}) { }"),
            Diagnostic(Rules.ConcurrentEnumeration));

    [Test]
    public Task CTH023_fires_on_a_snapshot_array() =>
        AnalyzersAsync(InMethod("var bag = new ConcurrentBag<int>(); _ = {|#0:bag.ToArray()|};"), Diagnostic(Rules.ConcurrentEnumeration));

    [Test]
    public Task CTH023_fires_on_copying_into_a_list() =>
        AnalyzersAsync(InMethod("var bag = new ConcurrentBag<int>(); _ = new List<int>({|#0:bag|});"), Diagnostic(Rules.ConcurrentEnumeration));

    [Test]
    public Task CTH023_does_not_fire_when_the_items_are_sorted_first() =>
        AnalyzersAsync(InMethod("""
            var bag = new ConcurrentBag<int>();
            var byWell = new ConcurrentDictionary<string, double>();
            _ = bag.OrderBy(x => x).ToArray();
            _ = bag.Where(x => x > 0).OrderBy(x => x).ToList();
            _ = new SortedSet<int>(bag);
            foreach (var pair in byWell.OrderBy(p => p.Key, StringComparer.Ordinal)) { }
            """));

    [Test]
    public Task CTH023_does_not_fire_on_lookups_and_counts() =>
        AnalyzersAsync(InMethod("""
            var bag = new ConcurrentBag<int>();
            var byWell = new ConcurrentDictionary<string, double>();
            _ = bag.Count + bag.Count() + (bag.Any() ? 1 : 0) + (bag.Contains(3) ? 1 : 0);
            _ = byWell.TryGetValue("A01", out var value) ? value : 0;
            """));
}

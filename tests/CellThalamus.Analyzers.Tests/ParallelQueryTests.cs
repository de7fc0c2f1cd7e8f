using static CellThalamus.Analyzers.Tests.Verify;

namespace CellThalamus.Analyzers.Tests;

public class ParallelQueryTests
{
    [Test]
    public Task CTH020_fires_on_AsParallel_without_AsOrdered() =>
        AnalyzersAsync(
            InMethod("_ = {|#0:xs.AsParallel()|}.Select(x => x * 2).ToArray();"),
            Diagnostic(Rules.UnorderedPlinq, 0, "AsParallel()"));

    [Test]
    public Task CTH020_fires_on_AsOrdered_after_materialisation_has_already_happened() =>
        AnalyzersAsync(
            InMethod("_ = {|#0:xs.AsParallel()|}.Select(x => x * 2).ToList().AsParallel().AsOrdered().ToArray();"),
            Diagnostic(Rules.UnorderedPlinq));

    [Test]
    public Task CTH020_fires_on_ParallelEnumerable_Range() =>
        AnalyzersAsync(
            InMethod("_ = {|#0:ParallelEnumerable.Range(0, n)|}.Select(i => i * i).ToList();"),
            Diagnostic(Rules.UnorderedPlinq));

    [Test]
    public Task CTH020_does_not_fire_on_AsParallel_AsOrdered() =>
        AnalyzersAsync(InMethod("_ = xs.AsParallel().AsOrdered().Select(x => x * 2).ToArray();"));

    [Test]
    public Task CTH020_does_not_fire_when_the_query_sorts_before_materialising() =>
        AnalyzersAsync(InMethod("_ = xs.AsParallel().WithDegreeOfParallelism(2).Select(x => x * 2).OrderBy(x => x).ToArray();"));

    [Test]
    public Task CTH020_and_CTH021_both_fire_on_AsParallel_AsUnordered() =>
        AnalyzersAsync(
            InMethod("_ = {|#1:{|#0:xs.AsParallel()|}.AsUnordered()|}.ToArray();"),
            Diagnostic(Rules.UnorderedPlinq, 0),
            Diagnostic(Rules.AsUnordered, 1));
}

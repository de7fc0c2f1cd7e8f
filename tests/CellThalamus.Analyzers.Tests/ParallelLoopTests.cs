using static CellThalamus.Analyzers.Tests.Verify;

namespace CellThalamus.Analyzers.Tests;

public class ParallelLoopTests
{
    [Test]
    public Task CTH022_fires_on_Parallel_For_adding_to_a_captured_list() =>
        AnalyzersAsync(
            InMethod("var results = new List<int>(); Parallel.For(0, n, i => {|#0:results.Add(i * 2)|});"),
            Diagnostic(Rules.ParallelSharedWrite, 0, "Add", "results"));

    [Test]
    public Task CTH022_fires_on_Parallel_ForEach_adding_to_a_ConcurrentBag() =>
        AnalyzersAsync(
            InMethod("var bag = new ConcurrentBag<int>(); Parallel.ForEach(xs, x => { {|#0:bag.Add(x)|}; });"),
            Diagnostic(Rules.ParallelSharedWrite));

    [Test]
    public Task CTH022_fires_on_a_captured_accumulator() =>
        AnalyzersAsync(
            InMethod("double sum = 0; var gate = new object(); Parallel.ForEach(xs, x => { lock (gate) { {|#0:sum += x|}; } });"),
            Diagnostic(Rules.ParallelSharedWrite, 0, "assignment", "sum"));

    [Test]
    public Task CTH022_fires_on_incrementing_a_field() =>
        AnalyzersAsync(
            InMethod("Parallel.For(0, n, i => {|#0:count++|});", "int count;"),
            Diagnostic(Rules.ParallelSharedWrite));

    [Test]
    public Task CTH022_fires_on_Parallel_ForEachAsync_writing_a_captured_list() =>
        AnalyzersAsync(
            InMethod("var seen = new List<int>(); _ = Parallel.ForEachAsync(xs, async (x, token) => { await Task.Yield(); {|#0:seen.Add(x)|}; });"),
            Diagnostic(Rules.ParallelSharedWrite));

    [Test]
    public Task CTH022_does_not_fire_on_Parallel_For_writing_results_by_index() =>
        AnalyzersAsync(InMethod("var results = new double[n]; Parallel.For(0, n, i => { results[i] = i * 0.5; results[i] += 1; });"));

    [Test]
    public Task CTH022_does_not_fire_on_state_local_to_the_body() =>
        AnalyzersAsync(InMethod("var results = new int[n]; Parallel.For(0, n, i => { var local = new List<int>(); local.Add(i); var sum = 0; sum += i; results[i] = sum + local.Count; });"));

    [Test]
    public Task CTH022_does_not_fire_on_keyed_ConcurrentDictionary_writes() =>
        AnalyzersAsync(InMethod("var byWell = new ConcurrentDictionary<int, int>(); Parallel.ForEach(xs, x => byWell.TryAdd(x, x * 2));"));

    [Test]
    public Task CTH022_does_not_fire_on_a_sequential_loop() =>
        AnalyzersAsync(InMethod("var results = new List<int>(); double sum = 0; foreach (var x in xs) { results.Add(x); sum += x; }"));

    private const string ChannelUsings = "using System.Threading.Channels;\n";

    [Test]
    public Task CTH025_fires_on_a_channel_read_inside_Parallel_For() =>
        AnalyzersAsync(
            ChannelUsings + InMethod("var channel = Channel.CreateUnbounded<int>(); var results = new int[n]; Parallel.For(0, n, i => { if ({|#0:channel.Reader.TryRead(out var item)|}) results[i] = item; });"),
            Diagnostic(Rules.ChannelConsumers, 0, "TryRead", "Parallel.For"));

    [Test]
    public Task CTH025_fires_on_consumers_started_in_a_loop() =>
        AnalyzersAsync(
            ChannelUsings + InMethod("""
                var channel = Channel.CreateUnbounded<int>();
                var consumers = new List<Task>();
                for (var worker = 0; worker < n; worker++)
                {
                    consumers.Add(Task.Run(async () => { await foreach (var item in {|#0:channel.Reader.ReadAllAsync()|}) { } }));
                }
                """),
            Diagnostic(Rules.ChannelConsumers));

    [Test]
    public Task CTH025_does_not_fire_on_a_single_consumer() =>
        AnalyzersAsync(
            ChannelUsings + InMethod("""
                var channel = Channel.CreateUnbounded<int>();
                var consumer = Task.Run(async () => { await foreach (var item in channel.Reader.ReadAllAsync()) { } });
                """));
}

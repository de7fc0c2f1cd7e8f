using CellThalamus.Engine;

namespace CellThalamus.Core.Tests.Engine;

public class OrderedPipelineTests
{
    [TestCase(1)]
    [TestCase(3)]
    [TestCase(64)]
    public void Results_arrive_in_input_order_on_any_worker_count(int workers)
    {
        var seen = new List<int>();
        OrderedPipeline.Run(Enumerable.Range(0, 10_000), i => i * 2, workers, seen.AddRange, batchSize: 7);
        Assert.That(seen, Is.EqualTo(Enumerable.Range(0, 10_000).Select(i => i * 2)));
    }

    [Test]
    public void A_cancelled_run_stops_even_while_items_keep_flowing()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var consumed = 0;
        Assert.Throws<OperationCanceledException>(() =>
            OrderedPipeline.Run(Enumerable.Range(0, 1_000_000), i => i, 2, batch => consumed += batch.Count, cancellation: cancel.Token));
        Assert.That(consumed, Is.Zero);
    }

    [Test]
    public void A_worker_failure_reaches_the_consumer()
    {
        var error = Assert.Throws<PipelineException>(() =>
            OrderedPipeline.Run(Enumerable.Range(0, 1000), i => i == 500 ? throw new InvalidOperationException("well 500") : i, 4, _ => { }));
        Assert.That(error!.InnerException!.Message, Is.EqualTo("well 500"));
    }
}

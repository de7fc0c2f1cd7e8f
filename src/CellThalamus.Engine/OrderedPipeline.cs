using System.Collections.Concurrent;

namespace CellThalamus.Engine;

/// <summary>
/// Maps a stream of inputs through a pure function on <c>workers</c> threads and hands the results to one
/// consumer in input order. Memory is bounded by the batches in flight, never by the length of the stream,
/// and the worker count changes speed only: a batch's results land in index-addressed slots.
/// </summary>
public static class OrderedPipeline
{
    public const int DefaultBatchSize = 64;

    public static void Run<TIn, TOut>(
        IEnumerable<TIn> inputs,
        Func<TIn, TOut> map,
        int workers,
        Action<IReadOnlyList<TOut>> consume,
        int batchSize = DefaultBatchSize,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(consume);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var inFlight = Math.Max(4, 2 * workers);
        using var toWorkers = new BlockingCollection<Batch<TIn, TOut>>(inFlight);
        using var toWriter = new BlockingCollection<Batch<TIn, TOut>>(inFlight);

        Exception? producerError = null;
        var producer = new Thread(() =>
        {
            try
            {
                var buffer = new List<TIn>(batchSize);
                foreach (var input in inputs)
                {
                    buffer.Add(input);
                    if (buffer.Count == batchSize)
                    {
                        Submit(buffer);
                        buffer = new List<TIn>(batchSize);
                    }
                }

                if (buffer.Count > 0)
                {
                    Submit(buffer);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                producerError = e;
            }
            finally
            {
                toWriter.CompleteAdding();
                toWorkers.CompleteAdding();
            }

            void Submit(List<TIn> items)
            {
                stop.Token.ThrowIfCancellationRequested();
                var batch = new Batch<TIn, TOut>(items);
                // The writer learns the order first, so it waits for batches in the order they were read.
                toWriter.Add(batch, stop.Token);
                toWorkers.Add(batch, stop.Token);
            }
        })
        { IsBackground = true, Name = "design reader" };

        var threads = Enumerable.Range(0, workers).Select(i => new Thread(() =>
        {
            try
            {
                foreach (var batch in toWorkers.GetConsumingEnumerable(stop.Token))
                {
                    batch.Compute(map);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
        })
        { IsBackground = true, Name = $"simulation worker {i}" }).ToList();

        producer.Start();
        threads.ForEach(t => t.Start());
        try
        {
            foreach (var batch in toWriter.GetConsumingEnumerable(stop.Token))
            {
                // BlockingCollection looks at the token only when it has to wait; a flowing pipeline must look itself.
                stop.Token.ThrowIfCancellationRequested();
                batch.Done.Wait(stop.Token);
                if (batch.Error is { } error)
                {
                    throw new PipelineException(error);
                }

                consume(batch.Results);
            }

            // A cancelled reader stops quietly and completes the queue; the consumer must not take that for the end.
            cancellation.ThrowIfCancellationRequested();
            if (producerError is not null)
            {
                throw new PipelineException(producerError);
            }
        }
        finally
        {
            stop.Cancel();
            producer.Join();
            threads.ForEach(t => t.Join());
        }
    }

    private sealed class Batch<TIn, TOut>(List<TIn> items)
    {
        public TOut[] Results { get; } = new TOut[items.Count];

        public Exception? Error { get; private set; }

        public ManualResetEventSlim Done { get; } = new();

        public void Compute(Func<TIn, TOut> map)
        {
            try
            {
                for (var i = 0; i < items.Count; i++)
                {
                    Results[i] = map(items[i]);
                }
            }
            catch (Exception e)
            {
                Error = e;
            }
            finally
            {
                Done.Set();
            }
        }
    }
}

/// <summary>A failure inside the design reader or a simulation worker, carried to the consumer's thread.</summary>
public sealed class PipelineException(Exception inner) : Exception(inner.Message, inner);

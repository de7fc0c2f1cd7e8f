using CellThalamus.Core.Design;
using CellThalamus.Core.Model;

namespace CellThalamus.Engine;

/// <summary>Simulates a design's wells in parallel and delivers them to a sink in design order.</summary>
public static class CampaignRunner
{
    public static void Run(WellModel model, IEnumerable<WellSpec> wells, int workers, Action<IReadOnlyList<WellResult>> sink, CancellationToken cancellation = default) =>
        OrderedPipeline.Run(wells, model.Simulate, workers, sink, cancellation: cancellation);
}

using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Provisioning;
using ScenarioEdge.Shelf;
using ScenarioEdge.Shelf.Simulation;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulation.Shelves;

/// <summary>
/// One simulated lane: the journeys' actions on it rendered as HX711 counts by the edge agent's signal model
/// (noise, drift, glitches, the ringing of a hand or a knock), fed as scenario time passes through the edge agent's
/// own <see cref="LanePipeline"/>. What comes out is exactly what a real lane with that history would report.
/// </summary>
public sealed class SimulatedLane
{
    private const double KnockGrams = 400;
    private readonly List<ShelfTraceSample> _samples;
    private readonly LanePipeline _pipeline;
    private readonly long _periodMs;
    private long _offsetMs;
    private int _next;

    /// <param name="periodS">Length of the trace: the scenario's duration, or its loop period (the trace then repeats).</param>
    public SimulatedLane(ShelfSpec shelf, ShelfLaneSpec lane, IEnumerable<ShelfAction> actions, double periodS, int seed)
    {
        ArgumentNullException.ThrowIfNull(shelf);
        ArgumentNullException.ThrowIfNull(lane);
        var cells = SimulatedShelf.Of(shelf);
        var signal = new LoadCellSignalModel(
            new LoadCellSignalOptions
            {
                NoiseGrams = cells.NoiseGrams,
                DriftGramsPerMinute = cells.DriftGramsPerMinute,
                SampleRateHz = cells.SampleRateHz,
                GlitchProbability = cells.GlitchProbability,
            },
            seed);
        var builder = new ShelfTraceBuilder(signal, lane.Stock * lane.UnitGrams);
        foreach (var action in actions.OrderBy(a => a.At))
        {
            builder.IdleUntil(action.At);
            _ = action.Kind switch
            {
                ShelfActionKind.Pick => builder.Pick(action.Count, lane.UnitGrams, lane.Tolerance),
                ShelfActionKind.Put => builder.Put(action.Count, lane.UnitGrams, lane.Tolerance),
                _ => builder.Knock(KnockGrams),
            };
        }

        _periodMs = (long)(periodS * 1000);
        _samples = builder.IdleUntil(periodS).Build().Samples.Where(s => s.TMs < _periodMs).ToList();
        Config = new LaneConfig { Lane = lane.LaneId, Sku = lane.Sku, UnitGrams = lane.UnitGrams, ToleranceGrams = lane.Tolerance };

        // The simulated cell is calibrated: the pipeline's grams are the true grams on the lane.
        _pipeline = new LanePipeline(Config, new LaneCalibration(signal.Options.TareCounts, signal.Options.CountsPerGram));
    }

    public LaneConfig Config { get; }

    /// <summary>
    /// Feeds the readings taken up to <paramref name="seconds"/> into the pipeline and adds what it detected to
    /// <paramref name="detections"/>, stamped with event times from <paramref name="startUnixMs"/> (scenario second 0).
    /// </summary>
    public void Advance(double seconds, long startUnixMs, bool loop, List<LaneDetection> detections)
    {
        ArgumentNullException.ThrowIfNull(detections);
        var until = (long)(seconds * 1000);
        while (true)
        {
            if (_next == _samples.Count)
            {
                if (!loop || _samples.Count == 0)
                {
                    return;
                }

                _next = 0;
                _offsetMs += _periodMs;
            }

            var sample = _samples[_next];
            if (sample.TMs + _offsetMs > until)
            {
                return;
            }

            _next++;
            if (_pipeline.Add(startUnixMs + _offsetMs + sample.TMs, sample.Raw) is { } detection)
            {
                detections.Add(detection);
            }
        }
    }
}

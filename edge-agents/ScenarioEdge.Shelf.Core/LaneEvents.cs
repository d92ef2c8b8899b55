using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Shelf;

/// <summary>
/// Turns a lane detection into the protocol's <see cref="ShelfEvent"/>, in one place for the edge agent and the
/// simulator's virtual shelves, so that a simulated shelf's message is byte for byte what a real one sends.
/// </summary>
public static class LaneEvents
{
    public static ShelfEvent From(LaneConfig lane, LaneDetection detection)
    {
        ArgumentNullException.ThrowIfNull(lane);
        ArgumentNullException.ThrowIfNull(detection);
        return new ShelfEvent
        {
            // Event time plus lane and kind is unique per device, also across restarts: a redelivery is recognised.
            Id = $"{lane.Lane}.{detection.TMs}.{(int)detection.Kind}",
            Ts = DateTimeOffset.FromUnixTimeMilliseconds(detection.TMs),
            Kind = detection.Kind,
            Lane = lane.Lane,
            Sku = lane.Sku,
            Count = detection.Count,
            DeltaGrams = Math.Round(detection.DeltaGrams, 1),
            BeforeGrams = Math.Round(detection.BeforeGrams, 1),
            AfterGrams = Math.Round(detection.AfterGrams, 1),
            Confidence = detection.Confidence,
        };
    }
}

using ScenarioEdge.EdgeAgent.Publishing;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Shelf;

/// <summary>Turns detections into protocol messages for the outbox (class Shelf: never dropped).</summary>
internal static class ShelfEvents
{
    public static OutboxMessage FromLane(string store, string device, LaneConfig lane, LaneDetection d)
    {
        var ts = DateTimeOffset.FromUnixTimeMilliseconds(d.TMs);
        var message = new ShelfEvent
        {
            // Event time plus lane and kind is unique per device, also across restarts: a redelivery is recognised.
            Id = $"{lane.Lane}.{d.TMs}.{(int)d.Kind}",
            Ts = ts,
            Kind = d.Kind,
            Lane = lane.Lane,
            Sku = lane.Sku,
            Count = d.Count,
            DeltaGrams = Math.Round(d.DeltaGrams, 1),
            BeforeGrams = Math.Round(d.BeforeGrams, 1),
            AfterGrams = Math.Round(d.AfterGrams, 1),
            Confidence = d.Confidence,
        };
        return new OutboxMessage(Topics.Shelf(store, device), ProtocolCodec.Encode(message), OutboxClass.Shelf);
    }

    public static OutboxMessage FromPresence(string store, string device, string sensor, bool present, DateTimeOffset ts)
    {
        var kind = present ? ShelfEventKind.PresenceOn : ShelfEventKind.PresenceOff;
        var message = new ShelfEvent { Id = $"{sensor}.{ts.ToUnixTimeMilliseconds()}.{(int)kind}", Ts = ts, Kind = kind, Sensor = sensor };
        return new OutboxMessage(Topics.Shelf(store, device), ProtocolCodec.Encode(message), OutboxClass.Shelf);
    }
}

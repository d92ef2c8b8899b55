using ScenarioEdge.EdgeAgent.Publishing;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Shelf;

namespace ScenarioEdge.EdgeAgent.Shelf;

/// <summary>Turns detections into protocol messages for the outbox (class Shelf: never dropped).</summary>
internal static class ShelfEvents
{
    public static OutboxMessage FromLane(string store, string device, LaneConfig lane, LaneDetection d)
    {
        var message = LaneEvents.From(lane, d);
        return new OutboxMessage(Topics.Shelf(store, device), ProtocolCodec.Encode(message), OutboxClass.Shelf);
    }

    public static OutboxMessage FromPresence(string store, string device, string sensor, bool present, DateTimeOffset ts)
    {
        var kind = present ? ShelfEventKind.PresenceOn : ShelfEventKind.PresenceOff;
        var message = new ShelfEvent { Id = $"{sensor}.{ts.ToUnixTimeMilliseconds()}.{(int)kind}", Ts = ts, Kind = kind, Sensor = sensor };
        return new OutboxMessage(Topics.Shelf(store, device), ProtocolCodec.Encode(message), OutboxClass.Shelf);
    }
}

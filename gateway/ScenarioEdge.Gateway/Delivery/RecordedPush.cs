using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Delivery;

/// <summary>A push just recorded, with the arrival timestamp of the message that caused it (0 when none) for the latency histogram.</summary>
public sealed record RecordedPush(PushRecord Push, long Arrival);

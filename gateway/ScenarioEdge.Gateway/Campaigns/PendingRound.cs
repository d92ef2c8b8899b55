using ScenarioEdge.Campaigns.Decisions;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>A shopper's open arbitration round, with the arrival timestamp of its first trigger (latency).</summary>
internal sealed record PendingRound(ArbitrationRound Round, DateTimeOffset Opened, long Arrival);

namespace ScenarioEdge.Gateway.Delivery;

/// <summary>Pushes of one store no app has acknowledged yet (<c>GET /api/pushes/undelivered</c>).</summary>
/// <param name="OldestRecordedAt">Gateway time the oldest of them was recorded.</param>
public sealed record UndeliveredPushes(string Store, int Count, DateTime OldestRecordedAt);

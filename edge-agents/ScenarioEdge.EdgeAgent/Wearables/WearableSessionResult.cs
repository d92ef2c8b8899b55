namespace ScenarioEdge.EdgeAgent.Wearables;

/// <summary>How one connection to a wearable went, for the reconnect decision and the summary log line.</summary>
internal sealed record WearableSessionResult(bool WasReady, string Reason, int Delivered, int Refused, int Ignored);

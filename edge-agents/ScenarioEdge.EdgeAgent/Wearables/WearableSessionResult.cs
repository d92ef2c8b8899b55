namespace ScenarioEdge.EdgeAgent.Wearables;

/// <summary>How one connection to a wearable went, for the reconnect decision, the status and the summary log line.</summary>
/// <param name="GattFailed">The device answered but cannot be served (no measurement, pairing demanded, malformed
/// answers): a problem for an operator, unlike a strap out of range.</param>
internal sealed record WearableSessionResult(bool WasReady, string Reason, int Delivered, int Refused, int Ignored, bool GattFailed = false);

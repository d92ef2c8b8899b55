namespace ScenarioEdge.Gateway.Observability;

/// <summary>
/// Declares a folder's own counters on the gateway's metrics when they are made, so their series exist from the start.
/// Each folder registers one from its <c>Add…</c>; <see cref="ObservabilityExtensions.AddObservability"/> runs them all.
/// </summary>
public delegate void MetricsRegistration(GatewayMetrics metrics);

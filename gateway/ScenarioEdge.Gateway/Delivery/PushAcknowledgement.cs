namespace ScenarioEdge.Gateway.Delivery;

/// <summary>The app of <paramref name="Install"/> acknowledged push <paramref name="PushId"/> at gateway time <paramref name="At"/>.</summary>
public readonly record struct PushAcknowledgement(string PushId, string Install, DateTime At);

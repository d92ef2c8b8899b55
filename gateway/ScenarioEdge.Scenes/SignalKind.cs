namespace ScenarioEdge.Scenes;

/// <summary>What a scene signal carries.</summary>
public enum SignalKind : byte
{
    /// <summary>A scanner heard the shopper (token or registered wearable).</summary>
    Sighting,
    /// <summary>A wearable sample: heart rate, step cadence and speed, crank cadence.</summary>
    Wearable,
    /// <summary>The phone's activity class, speed, acceleration spread and distance to the store.</summary>
    Phone,
}

namespace ScenarioEdge.Provisioning;

/// <summary>
/// A point of sale (till) of the store: it logs in with its own device secret, publishes purchases and redemption
/// requests and reads the answers; it takes part in no scene (no zone needed, no sightings).
/// </summary>
public sealed class PosSpec
{
    public string Device { get; set; } = "";

    /// <summary>Zone the till stands in, when the store wants to know (checkout).</summary>
    public string? Zone { get; set; }

    public double X { get; set; }

    public double Y { get; set; }
}

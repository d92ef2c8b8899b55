namespace ScenarioEdge.Gateway.Delivery;

/// <summary>
/// One decided campaign message, rendered (placeholders filled, plain text) and addressed, ready for its channels.
/// Every channel reads the part it serves: <see cref="Push"/> for the app, <see cref="Display"/> for a shelf display
/// (a webhook sender takes the whole message).
/// </summary>
/// <param name="Shopper">Pseudonymous shopper; null for a display shown to whoever stands there (not personalised).</param>
/// <param name="TriggeredAt">Event time of the signal that caused it.</param>
/// <param name="Arrival">TimeProvider timestamp of that signal's arrival (0 when unknown), for latency measurement.</param>
/// <param name="Reason">Why it was sent, in words (trigger, zone, shelf), for the operator.</param>
public sealed record CampaignMessage(
    string Campaign,
    int CampaignVersion,
    string? Shopper,
    string Store,
    DateTimeOffset TriggeredAt,
    long Arrival,
    string Reason,
    PushPart? Push,
    DisplayPart? Display)
{
    /// <summary>Id of the purchase that raised the trigger (a purchase trigger), else null.</summary>
    public string? Purchase { get; init; }
}

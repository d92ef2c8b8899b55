using ScenarioEdge.Campaigns.Compilation;

namespace ScenarioEdge.Campaigns.Limits;

/// <summary>
/// A store's own rules, passed in by the host: its IANA time zone, quiet hours (local, may wrap midnight), caps across
/// every campaign (e.g. 3 messages per calendar day per shopper), and at most M messages per store visit.
/// </summary>
public sealed record StorePolicy(string Store, TimeZoneInfo TimeZone)
{
    public LocalTimeRange? QuietHours { get; init; }

    /// <summary>Caps over the sends of every campaign to a shopper (scope is always all campaigns).</summary>
    public IReadOnlyList<CapRule> Caps { get; init; } = [];

    public int? MaxMessagesPerVisit { get; init; }
}

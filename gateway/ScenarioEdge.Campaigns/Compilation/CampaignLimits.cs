using ScenarioEdge.Campaigns.Limits;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>
/// A campaign's own limits. <see cref="MaxDelay"/>: a trigger decided later than this after its event time is
/// expired (an offer about a moment that has passed).
/// </summary>
public sealed record CampaignLimits(
    CapRule[] Caps,
    TimeSpan? Cooldown,
    TimeSpan? CooldownAfterDismissal,
    int? MaxPerVisit,
    QuietHoursPolicy QuietHours,
    TimeSpan MaxDelay)
{
    public static readonly TimeSpan DefaultMaxDelay = TimeSpan.FromMinutes(2);

    /// <summary>The longest <see cref="MaxDelay"/> a document may set: past it, any trigger is expired for every campaign.</summary>
    public static readonly TimeSpan LongestMaxDelay = TimeSpan.FromDays(1);

    public static CampaignLimits None { get; } = new([], null, null, null, QuietHoursPolicy.Drop, DefaultMaxDelay);
}

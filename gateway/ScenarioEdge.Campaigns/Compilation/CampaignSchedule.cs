namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>When a campaign may send: an instant range, and local days and hours in the store's time zone.</summary>
public sealed record CampaignSchedule(DateTimeOffset? Start, DateTimeOffset? End, int DayMask, LocalTimeRange? Hours)
{
    public const int EveryDay = 0x7F;

    public static CampaignSchedule Always { get; } = new(null, null, EveryDay, null);

    public bool Allows(DateTimeOffset eventTime, in LocalMoment local) =>
        (Start is null || eventTime >= Start) && (End is null || eventTime < End)
        && (DayMask & (1 << (int)local.Day)) != 0
        && (Hours is not { } hours || hours.Contains(local.MinuteOfDay));
}

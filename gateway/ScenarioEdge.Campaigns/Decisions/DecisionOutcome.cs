using ScenarioEdge.Campaigns.Content;

namespace ScenarioEdge.Campaigns.Decisions;

/// <summary>
/// One outcome: Sent(channels) | Suppressed(reason, detail, eligible again at) | Deferred(until) | Dropped(reason).
/// Before arbitration, Sent means "eligible to send".
/// </summary>
public readonly record struct DecisionOutcome(OutcomeKind Kind, DecisionReason Reason, Channels Channels, string? Detail, DateTimeOffset? Until)
{
    public static DecisionOutcome Sent(Channels channels) => new(OutcomeKind.Sent, DecisionReason.None, channels, null, null);

    public static DecisionOutcome Suppressed(DecisionReason reason, string? detail = null, DateTimeOffset? eligibleAt = null) =>
        new(OutcomeKind.Suppressed, reason, Channels.None, detail, eligibleAt);

    public static DecisionOutcome Deferred(DateTimeOffset until, string? detail = null) =>
        new(OutcomeKind.Deferred, DecisionReason.QuietHours, Channels.None, detail, until);

    public static DecisionOutcome Dropped(DecisionReason reason, string? detail = null) =>
        new(OutcomeKind.Dropped, reason, Channels.None, detail, null);

    public override string ToString() => Kind switch
    {
        OutcomeKind.Sent => $"Sent({Channels})",
        OutcomeKind.Deferred => $"Deferred(until {Until:O})",
        _ => $"{Kind}({Reason}{(Detail is null ? "" : ": " + Detail)})",
    };
}

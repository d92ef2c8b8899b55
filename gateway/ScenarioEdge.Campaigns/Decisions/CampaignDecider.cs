using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Limits;
using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Campaigns.Decisions;

/// <summary>
/// The checks between "a campaign matched" and "it may be sent", in a fixed order, the first that fails naming the
/// outcome: consent, audience, schedule, expiry (late or ahead of the clock), replayed trigger, cooldown, frequency caps (campaign and store, strictest wins),
/// per-visit caps, quiet hours. Reads the shopper's limit state, never changes it: only <see cref="Commit"/> does.
/// </summary>
public static class CampaignDecider
{
    public static DecisionOutcome Check(CompiledCampaign c, in TriggerFact fact, ShopperLimitState state, StorePolicy policy, DateTimeOffset now) =>
        Check(c, fact, state, policy, now, releasing: false);

    /// <summary>Records the winner's send in the shopper's limits and returns its decision record.</summary>
    public static DecisionRecord Commit(Candidate winner, ShopperLimitState state)
    {
        state.RecordSent(winner.Campaign.Id, winner.Fact.Store, winner.Fact.Visit, winner.DecidedAt, winner.Fact.EventTime);
        return DecisionRecord.Of(winner.Fact, winner.Campaign, DecisionOutcome.Sent(winner.Channels), winner.DecidedAt);
    }

    /// <summary>
    /// A deferred send at the end of quiet hours: dropped when its campaign is no longer active (or is another
    /// version) or its context ended; otherwise checked again (caps and cooldowns may have changed; expiry is not
    /// checked, the wait was deliberate).
    /// </summary>
    public static DecisionOutcome Release(DeferredDecision deferred, CompiledCampaign? current, in ShopperContext context,
        ShopperLimitState state, StorePolicy policy, DateTimeOffset now)
    {
        if (current is null || current.Version != deferred.CampaignVersion)
        {
            return DecisionOutcome.Dropped(DecisionReason.CampaignInactive, current is null ? "paused or ended" : $"now version {current.Version}");
        }

        return !ContextRules.StillValid(deferred.Fact, deferred.Policy, context)
            ? DecisionOutcome.Dropped(DecisionReason.ContextEnded, Describe(deferred.Fact))
            : Check(current, deferred.Fact, state, policy, now, releasing: true);
    }

    private static DecisionOutcome Check(CompiledCampaign c, in TriggerFact fact, ShopperLimitState state, StorePolicy policy, DateTimeOffset now, bool releasing)
    {
        if (!c.Audience.HasConsent(fact.Consents))
        {
            return DecisionOutcome.Suppressed(DecisionReason.NoConsent, $"needs {c.Audience.RequiredConsents}");
        }

        if (!c.Audience.Admits(fact))
        {
            return DecisionOutcome.Suppressed(DecisionReason.Audience);
        }

        if (!c.Schedule.Allows(fact.EventTime, LocalMoment.Of(fact.EventTime, policy.TimeZone)))
        {
            return DecisionOutcome.Suppressed(DecisionReason.Schedule);
        }

        if (!releasing && now - fact.EventTime > c.Limits.MaxDelay)
        {
            return DecisionOutcome.Suppressed(DecisionReason.Expired, $"{(now - fact.EventTime).TotalSeconds:0}s after the event, max {c.Limits.MaxDelay.TotalSeconds:0}s");
        }

        // A device clock far ahead must not reach schedule windows that have not begun.
        if (fact.EventTime - now > c.Limits.MaxDelay)
        {
            return DecisionOutcome.Suppressed(DecisionReason.Expired, $"event time {(fact.EventTime - now).TotalSeconds:0}s ahead of the clock");
        }

        if (state.WasSentFor(c.Id, fact.EventTime))
        {
            return DecisionOutcome.Suppressed(DecisionReason.Duplicate, "already sent for this trigger");
        }

        if (Cooldown(c, state, now) is { } cooldown)
        {
            return cooldown;
        }

        var cap = CapCheck.Strictest(c.Limits.Caps.Concat(policy.Caps), c.Id, state, now, policy.TimeZone)
            ?? CapCheck.PerVisit(c.Limits.MaxPerVisit, policy.MaxMessagesPerVisit, c.Id, fact.Visit, state);
        if (cap is { } bit)
        {
            return DecisionOutcome.Suppressed(DecisionReason.Cap, bit.Rule, bit.EligibleAt);
        }

        if (policy.QuietHours is { } quiet && quiet.Contains(LocalMoment.Of(now, policy.TimeZone).MinuteOfDay))
        {
            return c.Limits.QuietHours == QuietHoursPolicy.Drop
                ? DecisionOutcome.Suppressed(DecisionReason.QuietHours)
                : DecisionOutcome.Deferred(LocalCalendar.NextAt(now, quiet.To, policy.TimeZone), c.Limits.QuietHours.ToString());
        }

        return DecisionOutcome.Sent(c.Content.Channels);
    }

    private static DecisionOutcome? Cooldown(CompiledCampaign c, ShopperLimitState state, DateTimeOffset now)
    {
        if (state.Memory(c.Id) is not { } memory)
        {
            return null;
        }

        if (memory.LastDismissed is { } dismissed && c.Limits.CooldownAfterDismissal is { } afterDismissal && now < dismissed + afterDismissal)
        {
            return DecisionOutcome.Suppressed(DecisionReason.Cooldown, $"dismissed: {afterDismissal}", dismissed + afterDismissal);
        }

        return memory.LastSent is { } sent && c.Limits.Cooldown is { } cooldown && now < sent + cooldown
            ? DecisionOutcome.Suppressed(DecisionReason.Cooldown, $"sent: {cooldown}", sent + cooldown)
            : null;
    }

    private static string Describe(in TriggerFact fact) =>
        TriggerKinds.HasZone(fact.Kind) ? $"left zone {fact.Zone}" : TriggerKinds.IsInStore(fact.Kind) ? $"left store {fact.Store}" : $"no longer {fact.Scene}";
}

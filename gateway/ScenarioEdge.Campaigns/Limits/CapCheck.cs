namespace ScenarioEdge.Campaigns.Limits;

/// <summary>
/// Frequency caps over a shopper's sends. Every rule applies; when several are exceeded the strictest wins — the one
/// that keeps the shopper ineligible longest — and is named in the decision.
/// </summary>
public static class CapCheck
{
    /// <summary>The strictest exceeded rule, or null when every rule allows one more send.</summary>
    public static CapVerdict? Strictest(IEnumerable<CapRule> rules, string campaign, ShopperLimitState state, DateTimeOffset now, TimeZoneInfo zone)
    {
        CapVerdict? worst = null;
        foreach (var rule in rules)
        {
            if (Exceeded(rule, campaign, state, now, zone) is { } eligibleAt && (worst is null || eligibleAt > worst.Value.EligibleAt))
            {
                worst = new CapVerdict(rule.Name, eligibleAt);
            }
        }

        return worst;
    }

    /// <summary>When the rule is exceeded, the instant one more send becomes allowed; null when it allows one now.</summary>
    public static DateTimeOffset? Exceeded(CapRule rule, string campaign, ShopperLimitState state, DateTimeOffset now, TimeZoneInfo zone)
    {
        var sent = state.Sent;
        if (rule.Window is { } window)
        {
            // Sends in (now - window, now], oldest first: the send that must age out is the (count - N)th of them.
            var inWindow = new List<DateTimeOffset>();
            foreach (var e in sent)
            {
                if (e.At > now - window && e.At <= now && Counts(rule, campaign, e))
                {
                    inWindow.Add(e.At);
                }
            }

            return inWindow.Count >= rule.Count ? inWindow[inWindow.Count - rule.Count] + window : null;
        }

        var today = LocalCalendar.DateOf(now, zone);
        var count = 0;
        foreach (var e in sent)
        {
            if (e.At <= now && Counts(rule, campaign, e) && LocalCalendar.DateOf(e.At, zone) == today)
            {
                count++;
            }
        }

        return count >= rule.Count ? LocalCalendar.NextMidnight(now, zone) : null;
    }

    /// <summary>Per-visit caps: the campaign's own, then the store's across campaigns.</summary>
    public static CapVerdict? PerVisit(int? campaignMax, int? storeMax, string campaign, string? visit, ShopperLimitState state)
    {
        if (visit is null)
        {
            return null;
        }

        int ofCampaign = 0, ofAll = 0;
        foreach (var e in state.Sent)
        {
            if (e.Visit == visit)
            {
                ofAll++;
                ofCampaign += e.Campaign == campaign ? 1 : 0;
            }
        }

        return ofCampaign >= campaignMax ? new CapVerdict($"campaign/{campaignMax}/visit", null)
            : ofAll >= storeMax ? new CapVerdict($"store/{storeMax}/visit", null)
            : null;
    }

    private static bool Counts(CapRule rule, string campaign, in SentEntry e) => rule.Scope == CapScope.AllCampaigns || e.Campaign == campaign;
}

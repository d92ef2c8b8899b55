using ScenarioEdge.Campaigns.Documents;

namespace ScenarioEdge.Campaigns.Validation;

internal static class LimitsValidator
{
    public static void Validate(AttributionSpec? a, ProblemList p)
    {
        if (a is null)
        {
            return;
        }

        _ = Duration(a.Window, "$.attribution.window", TimeSpan.FromDays(30), p);
        _ = Duration(a.Grace, "$.attribution.grace", TimeSpan.FromDays(1), p);
    }

    public static void Validate(LimitsSpec? l, ProblemList p)
    {
        if (l is null)
        {
            return;
        }

        for (var i = 0; i < (l.Caps?.Count ?? 0); i++)
        {
            var cap = l.Caps![i];
            var at = $"$.limits.caps[{i}]";
            p.Text($"{at}.name", cap.Name, 64, required: false);
            if (cap.Scope is not ("campaign" or "allCampaigns"))
            {
                p.Add($"{at}.scope", $"'{cap.Scope}' is not a scope: campaign, allCampaigns");
            }

            p.Range($"{at}.count", cap.Count, 1, 1000);
            if (cap.Per != "calendarDay" && !(Durations.TryParse(cap.Per, out var window) && window <= TimeSpan.FromDays(90)))
            {
                p.Add($"{at}.per", $"'{cap.Per}' is neither calendarDay nor a rolling window from 1s to 90d (e.g. 1h, 24h, 7d)");
            }
        }

        var cooldown = Duration(l.Cooldown, "$.limits.cooldown", TimeSpan.FromDays(90), p);
        var dismissal = Duration(l.CooldownAfterDismissal, "$.limits.cooldownAfterDismissal", TimeSpan.FromDays(365), p);
        if (cooldown is { } c && dismissal is { } d && d < c)
        {
            p.Add("$.limits.cooldownAfterDismissal", "shorter than the cooldown: a dismissal should wait at least as long");
        }

        if (l.MaxPerVisit is { } perVisit)
        {
            p.Range("$.limits.maxPerVisit", perVisit, 1, 100);
        }

        if (l.QuietHours is not (null or "drop" or "defer" or "dropIfContextEnded"))
        {
            p.Add("$.limits.quietHours", $"'{l.QuietHours}' is not a policy: drop, defer, dropIfContextEnded");
        }

        Duration(l.MaxDelay, "$.limits.maxDelay", Compilation.CampaignLimits.LongestMaxDelay, p);
    }

    private static TimeSpan? Duration(string? text, string path, TimeSpan max, ProblemList p)
    {
        if (text is null)
        {
            return null;
        }

        if (Durations.TryParse(text, out var d) && d <= max)
        {
            return d;
        }

        p.Add(path, $"'{text}' is not a duration from 1s to {max.TotalDays:0}d (e.g. 30m, 24h, 7d)");
        return null;
    }
}

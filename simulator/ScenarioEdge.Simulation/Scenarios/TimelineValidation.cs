using System.Globalization;
using ScenarioEdge.Protocol;

namespace ScenarioEdge.Simulation.Scenarios;

/// <summary>Checks the scenario's clock (start, jumps), its alerts and its expectations, naming the path of each problem.</summary>
internal static class TimelineValidation
{
    private static readonly string[] Weekdays = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static string? Validate(Scenario s, HashSet<string> shoppers)
    {
        if (s.StartLocal is { } start && LocalTime(start) is null)
        {
            return $"startLocal: '{start}' is not a time of day as HH:mm or HH:mm:ss";
        }

        if (s.Weekday is { } day && WeekdayOf(day) is null)
        {
            return $"weekday: '{day}' is not one of {string.Join(", ", Weekdays)}";
        }

        if ((s.StartLocal is not null || s.Jumps.Count > 0) && !TimeZoneInfo.TryFindSystemTimeZoneById(s.Store.TimeZone, out _))
        {
            return $"store.timeZone: '{s.Store.TimeZone}' is not a time zone this machine knows";
        }

        for (var i = 0; i < s.Alerts.Count; i++)
        {
            var a = s.Alerts[i];
            if (a.At < 0 || string.IsNullOrWhiteSpace(a.Text) || a.Text.Length > 500 || a.ValidForS <= 0 || a.Severity is not ("info" or "advisory" or "warning" or "severe"))
            {
                return $"alerts[{i}]: at ≥ 0, text of 1-500 characters, validForS > 0, severity info, advisory, warning or severe";
            }
        }

        for (var i = 0; i < s.Jumps.Count; i++)
        {
            if (s.Jumps[i].At <= 0 || LocalTime(s.Jumps[i].ToLocal) is null || (i > 0 && s.Jumps[i].At <= s.Jumps[i - 1].At))
            {
                return $"jumps[{i}]: at > 0 and after the jump before, toLocal a time of day as HH:mm or HH:mm:ss";
            }
        }

        for (var i = 0; i < s.Expect.Count; i++)
        {
            if (Expectation(s, s.Expect[i], shoppers) is { } problem)
            {
                return $"expect[{i}]{problem}";
            }
        }

        return null;
    }

    private static string? Expectation(Scenario s, ExpectationSpec e, HashSet<string> shoppers)
    {
        if (e.Display is not null && e.AfterStep is null)
        {
            return null;
        }

        if (e.Answer is not null)
        {
            return e.Step is { } i && i >= 0 && i < s.Checkout.Count && s.Checkout[i].Do == CheckoutStepSpec.Redeem
                ? (Ids.IsValid(e.Answer) ? null : $".answer: '{e.Answer}' — redeemed or a refusal's reason")
                : $".step: {e.Step} is not a redeem step of checkout";
        }

        if (e.Points is { } points)
        {
            return !shoppers.Contains(e.To) ? $".to: unknown shopper '{e.To}'" : points < 0 ? ".points: 0 or more" : null;
        }

        if (!shoppers.Contains(e.To))
        {
            return $".to: unknown shopper '{e.To}'";
        }

        if (e.Display is null && (!Ids.IsValid(e.Push) || e.WithinS <= 0))
        {
            return ": push must name a campaign and withinS must be positive";
        }

        if (e.AfterStep is { } step && (step < 0 || step >= s.Shoppers.First(x => x.Id == e.To).Journey.Count))
        {
            return $".afterStep: {step} is not a step of {e.To}'s journey";
        }

        if (e.After is { } after && (after != "alert" || s.Alerts.Count == 0))
        {
            return $".after: '{after}' — only 'alert', in a scenario that posts one";
        }

        if (e.Count is < 0)
        {
            return ".count: 0 or more";
        }

        if (e.Decision is { } outcome && outcome is not ("sent" or "suppressed" or "deferred" or "dropped"))
        {
            return $".decision: '{outcome}' is not sent, suppressed, deferred or dropped";
        }

        return (e.Reason ?? e.Rule) is not null && e.Decision is null ? ": reason and rule belong to a decision expectation" : null;
    }

    /// <summary>A time of day as HH:mm or HH:mm:ss, or null.</summary>
    public static TimeSpan? LocalTime(string text) =>
        TimeSpan.TryParseExact(text, [@"hh\:mm", @"hh\:mm\:ss"], CultureInfo.InvariantCulture, out var time) && time < TimeSpan.FromDays(1) ? time : null;

    public static DayOfWeek? WeekdayOf(string text) => Array.IndexOf(Weekdays, text) is >= 0 and var i ? (DayOfWeek)i : null;
}

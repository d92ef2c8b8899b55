using System.Globalization;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Experiments.Feedback;
using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Experiments.Reports;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>
/// A campaign's report from the read seam: the journeys (<see cref="JourneyBook.Read"/>) and the design
/// (<see cref="ExperimentDesigns.Of"/>), through the pure <see cref="ReportBuilder"/>.
/// </summary>
public sealed class ExperimentReports(JourneyBook journeys, ExperimentDesigns designs, GatewayDatabase database)
{
    /// <summary>The rule the gateway credits purchases by, as the report states it (followed by the campaign's windows).</summary>
    public const string AttributionRule = "purchases credited to the campaign's last touch within its attribution window (docs/experiments.md)";

    /// <summary>The report, or null for an unknown campaign; a meaningless request throws <see cref="ReportRequestException"/>.</summary>
    public CampaignReport? Build(string campaign, DateOnly? from, DateOnly? to, string? store, FunnelStage stage)
    {
        if (designs.Of(campaign) is not { } design)
        {
            return null;
        }

        var options = new ReportOptions
        {
            Campaign = campaign, From = from, To = to, Store = store, ConversionStage = stage, AttributionRule = RuleOf(design.Attribution),
            // Display slots are never in the global control group: the check at exposure is over the arms alone.
            GlobalControlShare = design.ByDisplaySlot ? 0 : design.GlobalControlShare,
        };
        if (from is { } f && to is { } t && f > t)
        {
            throw new ReportRequestException("from", $"from {f:yyyy-MM-dd} is after to {t:yyyy-MM-dd}");
        }

        return ReportBuilder.Build(journeys.Read(campaign, from, to, store), design.Arms, options) with
        {
            Attribution = OpenWindowsOf(campaign, from, to, store),
        };
    }

    private static string RuleOf(CampaignAttribution a) => string.Create(CultureInfo.InvariantCulture,
        $"{AttributionRule}: {a.Window.TotalHours:0.##} h after the touch{(a.Visit ? $", or for an in-store offer until the shopper leaves the store plus {a.Grace.TotalMinutes:0.##} min" : "")}; when several campaigns' windows are open for one purchase the last touch is credited, and every open window is counted under attribution");

    /// <summary>
    /// The purchases (by their UTC day, in the range and store) this campaign had a window open for, and where each
    /// was credited. Read from the attribution records, one per purchase, which keep every claimant.
    /// </summary>
    private OpenWindows OpenWindowsOf(string campaign, DateOnly? from, DateOnly? to, string? store)
    {
        var since = from?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? DateTime.MinValue;
        var until = to?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? DateTime.MaxValue;
        var prefix = campaign + "/";
        var claimed = database.Attributions.Find(a => a.At >= since && a.At < until)
            .Where(a => (store is null || a.Store == store) && a.Claimants.Any(c => c.StartsWith(prefix, StringComparison.Ordinal)))
            .ToList();
        var elsewhere = claimed.Where(a => a.Credited is not null && a.Credited != campaign)
            .GroupBy(a => a.Credited!, StringComparer.Ordinal)
            .Select(g => new CreditedElsewhere(g.Key, g.LongCount()))
            .OrderByDescending(c => c.Purchases).ThenBy(c => c.Campaign, StringComparer.Ordinal)
            .ToList();
        return new OpenWindows(claimed.Count, claimed.LongCount(a => a.Credited == campaign), elsewhere);
    }

    /// <summary>The scene feedback report over the same filter, or null for an unknown campaign.</summary>
    public FeedbackReport? Feedback(string campaign, DateOnly? from, DateOnly? to, string? store) =>
        designs.Of(campaign) is null ? null : FeedbackBuilder.Build(campaign, journeys.Read(campaign, from, to, store));
}

using ScenarioEdge.Experiments.Feedback;
using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Experiments.Reports;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>
/// A campaign's report from the read seam: the journeys (<see cref="JourneyBook.Read"/>) and the design
/// (<see cref="ExperimentDesigns.Of"/>), through the pure <see cref="ReportBuilder"/>.
/// </summary>
public sealed class ExperimentReports(JourneyBook journeys, ExperimentDesigns designs)
{
    /// <summary>The rule the gateway credits purchases by, as the report states it.</summary>
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
            Campaign = campaign, From = from, To = to, Store = store, ConversionStage = stage, AttributionRule = AttributionRule,
            // Display slots are never in the global control group: the check at exposure is over the arms alone.
            GlobalControlShare = design.ByDisplaySlot ? 0 : design.GlobalControlShare,
        };
        if (from is { } f && to is { } t && f > t)
        {
            throw new ReportRequestException("from", $"from {f:yyyy-MM-dd} is after to {t:yyyy-MM-dd}");
        }

        return ReportBuilder.Build(journeys.Read(campaign, from, to, store), design.Arms, options);
    }

    /// <summary>The scene feedback report over the same filter, or null for an unknown campaign.</summary>
    public FeedbackReport? Feedback(string campaign, DateOnly? from, DateOnly? to, string? store) =>
        designs.Of(campaign) is null ? null : FeedbackBuilder.Build(campaign, journeys.Read(campaign, from, to, store));
}

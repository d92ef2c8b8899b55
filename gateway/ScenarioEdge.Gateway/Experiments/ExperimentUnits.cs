using System.Globalization;
using Microsoft.Extensions.Options;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Gateway.Campaigns;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>
/// The experimental unit of a decision: the shopper, or — for a shelf-display campaign with an experiment, whose
/// message everyone standing there sees — the display × time slot, <c>display:{store}/{display}@{slot start}</c>
/// (cluster randomisation: every shopper in front of it in that slot sees the slot's arm).
/// </summary>
public sealed class ExperimentUnits(CampaignMessageComposer composer, IOptions<ExperimentOptions> options)
{
    public const string DisplayPrefix = "display:";

    /// <summary>Whether the campaign is randomised by display slot: an experiment on display content and no push.</summary>
    public static bool BySlot(CompiledCampaign campaign) =>
        campaign.Experiment.Declared && campaign.Content.Push is null && campaign.Content.Display is not null;

    public string Of(CompiledCampaign campaign, in TriggerFact fact)
    {
        if (!BySlot(campaign))
        {
            return fact.Shopper;
        }

        var display = composer.DisplayFor(campaign.Content.Display!, fact) ?? fact.Shelf ?? fact.Zone ?? "store";
        var slot = options.Value.DisplaySlot.Ticks;
        var start = new DateTimeOffset(fact.EventTime.UtcTicks - (fact.EventTime.UtcTicks % slot), TimeSpan.Zero);
        return string.Create(CultureInfo.InvariantCulture, $"{DisplayPrefix}{fact.Store}/{display}@{start:yyyy-MM-ddTHH:mm:ssZ}");
    }
}

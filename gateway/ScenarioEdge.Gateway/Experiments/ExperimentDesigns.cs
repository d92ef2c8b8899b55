using System.Text.Json;
using Microsoft.Extensions.Options;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Documents;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>
/// The design of a campaign's experiment, for the report (beside <see cref="JourneyBook.Read"/>): from the active
/// version, or from the latest stored version of a paused or ended campaign. Weights are the latest version's; a
/// report over a period that spans a weight change should say so (exposed units keep their arm).
/// </summary>
public sealed class ExperimentDesigns(ActiveCampaigns active, GatewayDatabase database, IOptions<ExperimentOptions> options)
{
    public ExperimentDesign? Of(string campaign)
    {
        var o = options.Value;
        if (active.Current.ById.GetValueOrDefault(campaign) is { } c)
        {
            return new ExperimentDesign(c.Id, c.Version, c.Experiment.Salt, [.. c.Experiment.Arms.Select(a => a.Assignment)],
                o.GlobalControlPercent / 100, ExperimentUnits.BySlot(c), o.DisplaySlot);
        }

        var latest = database.CampaignVersions.Find(v => v.Campaign == campaign).MaxBy(v => v.Version);
        if (latest is null || JsonSerializer.Deserialize(latest.Json, CampaignJsonContext.Default.CampaignDocument) is not { } doc)
        {
            return null;
        }

        var bySlot = doc.Experiment is not null && doc.Content.AppPush is null && doc.Content.ShelfDisplay is not null;
        return new ExperimentDesign(doc.Id, doc.Version, ExperimentArms.Salt(doc), ExperimentArms.Of(doc.Experiment), o.GlobalControlPercent / 100, bySlot, o.DisplaySlot);
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Documents;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>
/// The attribution terms of the campaign version live at a journey's touch, whether the campaign still runs, was
/// paused or ended since, or runs a later version: the shopper was shown that version, and the end-of-campaign report
/// must count the purchases its windows were open for. Versions are stored immutable, so each is read once (one
/// lookup by id, from the running set when it is the running version) and kept: a till's burst costs dictionary
/// lookups, never a read over the campaigns.
/// </summary>
public sealed class VersionTerms(ActiveCampaigns active, PromotedProducts promoted, GatewayDatabase database)
{
    private readonly ConcurrentDictionary<(string Campaign, int Version), AttributionTerms?> _byVersion = new();

    /// <summary>The terms <paramref name="journey"/>'s touch was made under, or null when its version is not stored.</summary>
    public AttributionTerms? Of(JourneyRecord journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        var version = journey.Version > 0 ? journey.Version : VersionAt(journey.Campaign, journey.ExposedAt);
        return version == 0 ? null : _byVersion.GetOrAdd((journey.Campaign, version), Read);
    }

    private AttributionTerms? Read((string Campaign, int Version) key)
    {
        if (active.Current.ById.GetValueOrDefault(key.Campaign) is { } running && running.Version == key.Version)
        {
            var (skus, categories) = promoted.Of(running.Document);
            return new AttributionTerms(running.Attribution, skus, categories);
        }

        if (database.CampaignVersions.FindById(CampaignVersionRecord.KeyOf(key.Campaign, key.Version)) is not { } stored
            || JsonSerializer.Deserialize(stored.Json, CampaignJsonContext.Default.CampaignDocument) is not { } doc)
        {
            return null;
        }

        _ = TriggerKinds.TryParse(doc.Trigger.Kind, out var kind);
        var (s, c) = promoted.Of(doc);
        return new AttributionTerms(CampaignAttribution.Of(doc.Attribution, kind), s, c);
    }

    /// <summary>
    /// A journey written before journeys kept their version: the latest version written by the touch, else the
    /// first. Only such old journeys read this, and they leave every window within 30 days.
    /// </summary>
    private int VersionAt(string campaign, DateTime exposedAt)
    {
        var touch = new DateTimeOffset(exposedAt.ToUniversalTime(), TimeSpan.Zero);
        var versions = database.CampaignVersions.Find(v => v.Campaign == campaign).ToList();
        return versions.Where(v => v.ChangedAt <= touch).Select(v => v.Version).DefaultIfEmpty(versions.Count == 0 ? 0 : versions.Min(v => v.Version)).Max();
    }
}

using System.Text.Json;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns.Management;

/// <summary>One version in a campaign's history; <see cref="Document"/> only when one version is asked for.</summary>
public sealed record CampaignVersionSummary(int Version, string Format, DateTimeOffset ChangedAt, string ChangedBy, JsonElement? Document = null)
{
    public static CampaignVersionSummary Of(CampaignVersionRecord v, bool withDocument)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(v.Version, v.Format, v.ChangedAt, v.ChangedBy, withDocument ? Parse(v.Json) : null);
    }

    private static JsonElement Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }
}

using System.Text.Json;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns.Management;

/// <summary>A campaign as the API shows it; <see cref="Document"/> only when one campaign is asked for.</summary>
public sealed record CampaignSummary(
    string Id, string Name, string State, int Version, IReadOnlyList<string> Stores, string Owner, string? File,
    DateTimeOffset ChangedAt, string ChangedBy, JsonElement? Document = null)
{
    public static CampaignSummary Of(CampaignRecord r, string? json = null)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, r.Name, CampaignStore.Name(r.State), r.Version, r.Stores, r.FolderFile is null ? "api" : "folder", r.FolderFile,
            r.ChangedAt, r.ChangedBy, json is null ? null : Parse(json));
    }

    private static JsonElement Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }
}

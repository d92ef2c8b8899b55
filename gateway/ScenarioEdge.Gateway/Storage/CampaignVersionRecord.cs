namespace ScenarioEdge.Gateway.Storage;

/// <summary>One version of a campaign document, never changed once written (collection <c>campaignversions</c>, id <c>{campaign}/{version}</c>).</summary>
public sealed class CampaignVersionRecord
{
    public string Id { get; set; } = "";

    public string Campaign { get; set; } = "";

    public int Version { get; set; }

    /// <summary>The document as JSON in the published shape, with <see cref="Version"/> in it.</summary>
    public string Json { get; set; } = "";

    /// <summary>What it was written in: json, yaml.</summary>
    public string Format { get; set; } = "json";

    /// <summary>The API key's name, or <c>folder:{file}</c>.</summary>
    public string ChangedBy { get; set; } = "";

    public DateTimeOffset ChangedAt { get; set; }

    public static string KeyOf(string campaign, int version) => $"{campaign}/{version}";
}

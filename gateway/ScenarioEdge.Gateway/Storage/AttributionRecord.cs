namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// One purchase's attribution (LiteDB collection <c>attributions</c>, id = the purchase id): every campaign whose
/// window was open for it (the claimants, so a report can show every open window) and the one credited, the last
/// touch. Linked to the shopper for export and erasure (erasure clears the link).
/// </summary>
public sealed class AttributionRecord
{
    public string Id { get; set; } = "";

    public string? Shopper { get; set; }

    public string Store { get; set; } = "";

    public DateTime At { get; set; }

    /// <summary>The campaign credited (last touch), or null when no window was open.</summary>
    public string? Credited { get; set; }

    /// <summary>Revenue of the credited campaign's promoted products in the purchase.</summary>
    public double Revenue { get; set; }

    /// <summary>Every open window: "campaign/arm@touch".</summary>
    public List<string> Claimants { get; set; } = [];
}

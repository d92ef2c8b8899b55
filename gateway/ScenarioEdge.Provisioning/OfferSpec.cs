namespace ScenarioEdge.Provisioning;

/// <summary>What a display and a push say about one product (the gateway's per-SKU offer catalogue).</summary>
public sealed class OfferSpec
{
    public string Sku { get; set; } = "";

    public string Title { get; set; } = "";

    public decimal? Price { get; set; }

    public string? Currency { get; set; }

    public string? Promotion { get; set; }

    public string? Qr { get; set; }

    /// <summary>Seconds the display content stays up.</summary>
    public int TtlS { get; set; } = 60;
}

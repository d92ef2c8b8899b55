namespace ScenarioEdge.Gateway.Storage;

/// <summary>What a display shows and a push says about one product (section <c>Shelves:Offers:{sku}</c>, or provisioned per store).</summary>
public sealed class Offer
{
    public string Title { get; set; } = "";

    public decimal? Price { get; set; }

    /// <summary>ISO 4217 code, e.g. EUR.</summary>
    public string? Currency { get; set; }

    public string? Promotion { get; set; }

    /// <summary>Payload of a QR code on the display (e.g. a coupon link).</summary>
    public string? Qr { get; set; }

    /// <summary>Seconds the display shows it.</summary>
    public int TtlS { get; set; } = 60;
}

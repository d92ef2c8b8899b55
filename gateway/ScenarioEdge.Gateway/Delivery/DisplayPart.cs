namespace ScenarioEdge.Gateway.Delivery;

/// <summary>
/// The shelf display content of a campaign message: the display chosen (nearest to the shopper, or named), rendered
/// text, the product's price from the offer catalogue, and how long it stays up before the store's default returns.
/// </summary>
public sealed record DisplayPart(string Display, string Title, string? Text, string? Product, decimal? Price, string? Currency, string? Qr, int TtlS);

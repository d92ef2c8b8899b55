namespace ScenarioEdge.Campaigns.Content;

/// <summary>
/// Shelf display content: <see cref="Display"/> null means the display nearest to the shopper (the gateway finds it
/// from the trigger's zone/shelf). After <see cref="Ttl"/> the display falls back to the store's default content.
/// <see cref="Product"/> "{product}" means the trigger's product.
/// </summary>
public sealed record CompiledDisplay(string? Display, CompiledTemplate Title, CompiledTemplate? Text, string? Product, TimeSpan Ttl);

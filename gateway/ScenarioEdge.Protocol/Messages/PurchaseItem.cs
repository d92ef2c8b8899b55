using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>One line of a <see cref="Purchase"/>.</summary>
public sealed record PurchaseItem
{
    /// <summary>Product id (the store's SKU), 1-64 characters of letters, digits, '-', '_' or '.'.</summary>
    [JsonPropertyName("sku")]
    public required string Sku { get; init; }

    /// <summary>How many (or how much, for goods sold by weight); more than 0.</summary>
    [JsonPropertyName("qty")]
    public double Qty { get; init; }

    /// <summary>Price of one unit in <see cref="Purchase.Currency"/>, 0 or more.</summary>
    [JsonPropertyName("price")]
    public double Price { get; init; }

    /// <summary>The point of sale's category id, when it has one (what coupon scopes and campaign conditions name).</summary>
    [JsonPropertyName("category")]
    public string? Category { get; init; }

    internal string? Validate(int index) => Check.First(
        Check.Id($"items[{index}].sku", Sku),
        Qty is > 0 and <= 10_000 ? null : $"items[{index}].qty: must be more than 0 and at most 10000",
        Price is >= 0 and <= 1_000_000 && !double.IsNaN(Price) ? null : $"items[{index}].price: must be 0 to 1000000",
        Category is null ? null : Check.Id($"items[{index}].category", Category));
}

using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>
/// A purchase a point of sale completed (topic <c>se/v1/stores/{store}/devices/{device}/purchases</c>). The receipt
/// id is its identity in the store: the same receipt is recorded once, however often it is sent. The till never learns
/// who the shopper is: it passes on the short-lived checkout code the shopper's app showed, and the gateway resolves it.
/// </summary>
public sealed record Purchase : ProtocolMessage
{
    /// <summary>At most this many lines in one purchase.</summary>
    public const int MaxItems = 200;

    /// <summary>Receipt id, unique in the store: 1-64 characters of letters, digits, '-', '_' or '.'.</summary>
    [JsonPropertyName("receipt")]
    public required string Receipt { get; init; }

    /// <summary>The lines bought; 1 to <see cref="MaxItems"/>.</summary>
    [JsonPropertyName("items")]
    public required IReadOnlyList<PurchaseItem> Items { get; init; }

    /// <summary>What the shopper paid before coupons; the sum of quantity × price within a cent.</summary>
    [JsonPropertyName("total")]
    public double Total { get; init; }

    /// <summary>ISO 4217 code, three capital letters, e.g. EUR.</summary>
    [JsonPropertyName("currency")]
    public required string Currency { get; init; }

    /// <summary>Coupon codes redeemed on this purchase (redeemed through the redemption topic or API; recorded here for the accounts).</summary>
    [JsonPropertyName("coupons")]
    public IReadOnlyList<string>? Coupons { get; init; }

    /// <summary>The checkout code the shopper's app showed at the till, when the shopper chose to be identified.</summary>
    [JsonPropertyName("checkoutCode")]
    public string? CheckoutCode { get; init; }

    /// <inheritdoc />
    protected override string? ValidateBody()
    {
        var problem = Check.First(
            Check.Id("receipt", Receipt),
            Check.Count("items", Items, MaxItems),
            Currency is { Length: 3 } c && c.All(char.IsAsciiLetterUpper) ? null : "currency: three capital letters (ISO 4217), e.g. EUR",
            Check.Count("coupons", Coupons, 20, required: false),
            Check.Optional("checkoutCode", CheckoutCode, 32));
        if (problem is not null)
        {
            return problem;
        }

        if (Items.Count == 0)
        {
            return "items: at least one line";
        }

        var sum = 0.0;
        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i] is null)
            {
                return $"items[{i}]: required";
            }

            if (Items[i].Validate(i) is { } bad)
            {
                return bad;
            }

            sum += Items[i].Qty * Items[i].Price;
        }

        for (var i = 0; i < (Coupons?.Count ?? 0); i++)
        {
            if (Check.Required($"coupons[{i}]", Coupons![i], 64) is { } bad)
            {
                return bad;
            }
        }

        return double.IsNaN(Total) || Math.Abs(Total - sum) > 0.01
            ? $"total: {Total.ToString(System.Globalization.CultureInfo.InvariantCulture)} is not the sum of the lines ({sum.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}) within a cent"
            : null;
    }
}

namespace ScenarioEdge.Gateway.Observability;

/// <summary>Purchases from the points of sale, by result.</summary>
public sealed partial class GatewayMetrics
{
    /// <summary>
    /// What became of a purchase message: recorded (identified or not), a replay of a recorded receipt, the same receipt
    /// with another content, refused as invalid or dated ahead, or recorded without a shopper because its checkout code was refused.
    /// </summary>
    private static readonly string[] PurchaseResults =
        ["recorded", "identified", "replayed", "receipt_conflict", "invalid", "future_time", "checkout_code_refused", "not_authorized"];

    /// <summary>Purchase messages, by result.</summary>
    public LabelledCounter Purchases { get; }

    public void CountPurchase(string result) => Purchases.Add(ManagementIndex(PurchaseResults, result, 4));

    private static LabelledCounter PurchaseMetrics(GatewayInstruments i) =>
        new(i, "se_purchases_total", "Purchase messages from the points of sale, by result.", "result", PurchaseResults);
}

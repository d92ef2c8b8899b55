using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Privacy;

namespace ScenarioEdge.Gateway.Purchases;

/// <summary>
/// The shopper's purchases. The link to the shopper serves personalised offers and points (the offers purpose);
/// erasure, or withdrawing that consent, removes the link and keeps the de-identified purchase for the store's
/// accounts (the open checkout code is <see cref="CheckoutCodeDataHolder"/>'s). Retention leaves purchases alone: they are accounts, not signals.
/// </summary>
public sealed class PurchaseDataHolder(PurchaseBook book) : IShopperDataHolder
{
    public string Name => "purchases";

    public IReadOnlySet<string> Purposes { get; } = new HashSet<string>(StringComparer.Ordinal) { ConsentPurposes.Offers };

    public IReadOnlyList<object> Export(string shopper) =>
        [.. book.OfShopper(shopper, DateTimeOffset.MinValue, DateTimeOffset.MaxValue).Select(p => new
        {
            id = p.Id, store = p.Store, receipt = p.Receipt, at = p.EventTime, total = p.Total, currency = p.Currency,
            items = p.Items.Select(i => new { sku = i.Sku, qty = i.Qty, price = i.Price, category = i.Category }).ToList(),
            coupons = p.Coupons,
        })];

    public int EraseData(string shopper) => book.Unlink(shopper);

    public int ExpireBefore(DateTime cutoff) => 0;
}

using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Purchases;

/// <summary>
/// A validated purchase from a point of sale: its checkout code resolved to the shopper (kept only with the offers
/// consent), recorded once per receipt, counted, and — the first time only — handed to the <see cref="IPurchaseSink"/>s
/// (the campaigns' purchase trigger, points). A refused checkout code does not refuse the purchase: the money changed
/// hands, so it is recorded without a shopper, counted and summarised.
/// </summary>
public sealed class PurchaseIntake(
    PurchaseBook book,
    CheckoutCodes codes,
    IdentityDirectory directory,
    IEnumerable<IPurchaseSink> sinks,
    GatewayMetrics metrics,
    RefusalLog refusals) : IPurchaseIntake
{
    private readonly IPurchaseSink[] _sinks = [.. sinks];

    public string? Record(DeviceRecord device, Purchase purchase, long arrival)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(purchase);
        // A replay comes back with the checkout code the first delivery used up: look the receipt up before the code.
        var shopper = book.Find(device.Store, purchase.Receipt) is null ? Shopper(device, purchase) : null;
        var (result, record) = book.Record(device, purchase, shopper);
        switch (result)
        {
            case PurchaseWrite.Replayed:
                metrics.CountPurchase("replayed");
                return null;
            case PurchaseWrite.Conflict:
                metrics.CountPurchase("receipt_conflict");
                return $"receipt '{purchase.Receipt}' of store {device.Store} was recorded at {record.RecordedAt.ToUniversalTime():O} with another content; a receipt is recorded once (send a correction as a new receipt)";
        }

        metrics.CountPurchase(record.Shopper is null ? "recorded" : "identified");
        foreach (var sink in _sinks)
        {
            sink.OnPurchase(record, arrival);
        }

        return null;
    }

    private string? Shopper(DeviceRecord device, Purchase purchase)
    {
        if (purchase.CheckoutCode is not { Length: > 0 } code)
        {
            return null;
        }

        if (codes.Use(code, out var refusal) is not { } shopper)
        {
            metrics.CountPurchase("checkout_code_refused");
            refusals.Refused(device.Id, "checkout_code_refused", "purchase", device.Store, $"receipt {purchase.Receipt}: {refusal}; recorded without a shopper");
            return null;
        }

        // The link serves personalised offers and points: without the offers consent the purchase stays the store's alone.
        return directory.Current.Shopper(shopper) is { } identity && identity.HasConsent(ConsentPurposes.Offers) ? shopper : null;
    }
}

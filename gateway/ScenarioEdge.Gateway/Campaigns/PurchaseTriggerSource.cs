using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Gateway.Purchases;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// The purchase half of the trigger stream: a purchase by an identified shopper raises a <see cref="TriggerKind.Purchase"/>
/// trigger with the till's event time, the purchase id (carried to the decision and the push record), the SKUs and
/// categories bought and the total, in the shopper's current visit when there is one. A purchase nobody is identified
/// for raises nothing: the trigger feeds personal pushes only. The purchase was recorded with its trigger pending; a
/// trigger that matches no campaign settles it here, the campaign runtime settles the others once it has written what
/// deciding them did, and a trigger dropped on a full queue stays pending, raised again at the next start
/// (<see cref="PendingPurchaseTriggers"/>).
/// </summary>
public sealed class PurchaseTriggerSource(CampaignTriggers triggers, ShopperContexts contexts, LiveFacts live, GatewayDatabase database) : IPurchaseSink
{
    public void OnPurchase(PurchaseRecord purchase, long arrival)
    {
        ArgumentNullException.ThrowIfNull(purchase);
        if (purchase.Shopper is not { } shopper)
        {
            return;
        }

        var fact = TriggerFact.Create(TriggerKind.Purchase, purchase.EventTime, shopper, purchase.Store) with
        {
            Visit = contexts.Of(shopper).Visit,
            Purchase = purchase.Id,
            Products = [.. purchase.Items.Select(i => i.Sku).Distinct(StringComparer.Ordinal)],
            Categories = [.. purchase.Items.Select(i => i.Category).OfType<string>().Distinct(StringComparer.Ordinal)],
            Total = purchase.Total,
        };
        fact = live.Fill(fact);
        // Matched nothing: settled now. Refused by a full queue: left pending, raised again at the next start.
        if (triggers.Raise(fact, arrival, null) == RaiseResult.NoMatch)
        {
            PurchaseBook.Settle(database, [purchase.Id]);
        }
    }
}

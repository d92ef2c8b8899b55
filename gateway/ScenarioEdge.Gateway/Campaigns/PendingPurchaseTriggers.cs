using ScenarioEdge.Gateway.Purchases;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// At start, after the campaigns are restored and the runtime has decided the triggers kept at the last stop: raises
/// again the purchase triggers still pending, those a crash cut off between the purchase's commit and the write of
/// its decision. A second send is not possible: a purchase's push goes out only after its decision and the shopper's
/// limits (which remember the send for that campaign and trigger time) are written, and the flag is cleared with them.
/// </summary>
internal sealed class PendingPurchaseTriggers(PurchaseBook book, PurchaseTriggerSource source, Storage.GatewayDatabase database, ILogger<PendingPurchaseTriggers> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var pending = book.TriggerPending();
        if (pending.Count == 0)
        {
            return Task.CompletedTask;
        }

        foreach (var purchase in pending)
        {
            if (purchase.Shopper is null)
            {
                // Erased since: nobody to decide about.
                PurchaseBook.Settle(database, [purchase.Id]);
                continue;
            }

            source.OnPurchase(purchase, 0);
        }

        log.LogWarning("Raised {Count} purchase triggers again that were not decided before the last stop (a crash)", pending.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

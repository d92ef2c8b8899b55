using Microsoft.Extensions.Options;
using ScenarioEdge.Coupons.Points;
using ScenarioEdge.Gateway.Delivery;
using ScenarioEdge.Gateway.Purchases;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Points;

/// <summary>
/// Share and earn: when the app reports <c>shared</c> on a push that an in-store purchase triggered, the shopper is
/// credited <see cref="PointsOptions.PerShare"/> points, exactly once per purchase (the key is the purchase id). A
/// second share, a share on another push for the same purchase or a replayed feedback credits nothing
/// (<c>duplicate</c>); a share on a push no purchase of this shopper triggered credits nothing (<c>no_purchase</c>).
/// Another install's push never gets here: feedback on it is refused at ingest.
/// </summary>
public sealed class ShareRewards(
    FeedbackRecorder feedback,
    PointsLedger ledger,
    PurchaseBook purchases,
    IOptions<PointsOptions> options,
    ILogger<ShareRewards> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        feedback.Shared += OnShared;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        feedback.Shared -= OnShared;
        return Task.CompletedTask;
    }

    /// <summary>The credit for one reported share; null when the share earns nothing (counted with its reason).</summary>
    public PointsResult? Credit(PushRecord push)
    {
        ArgumentNullException.ThrowIfNull(push);
        if (push.Purchase is not { } purchase || purchases.FindById(purchase) is not { } record
            || !string.Equals(record.Shopper, push.Shopper, StringComparison.Ordinal))
        {
            ledger.CountRefusal("no_purchase");
            return null;
        }

        var result = ledger.Credit(new PointsChange(push.Shopper, options.Value.PerShare, PointsKeys.Share(purchase), "share", push.Store, purchase));
        if (result.Replayed)
        {
            ledger.CountRefusal("duplicate");
        }
        else if (result.Applied)
        {
            log.LogDebug("Shopper {Shopper} earned {Points} points for sharing purchase {Purchase} (push {Push})", push.Shopper, result.Entry!.Amount, purchase, push.Id);
        }

        return result;
    }

    // The share's event time is not the credit's: the entry is written at gateway time, like every ledger entry.
    private void OnShared(PushRecord push, DateTimeOffset at) => _ = Credit(push);
}

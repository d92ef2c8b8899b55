using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using ScenarioEdge.Provisioning;
using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulation.Running;

/// <summary>
/// Plays the scenario's checkout steps in order, each once its time has come and the step before it has completed
/// (a redemption when its answer is in); a step that needs a push the app has not received yet waits for it. Receipts
/// and idempotency keys carry the run's id, so a second run against the same gateway is a new purchase, not a replay.
/// </summary>
internal sealed class CheckoutPlayer(
    Scenario scenario, RunnerOptions options, IReadOnlyDictionary<string, VirtualTill> tills, IReadOnlyDictionary<string, VirtualApp> apps,
    ConcurrentQueue<ReceivedPush> pushes, AppApi? api, string runId, ILogger log)
{
    private int _next;
    private string? _lastKey;
    private Task<RedemptionResult>? _answer;

    /// <summary>The answer to each redeem step, by its index in the checkout.</summary>
    public ConcurrentDictionary<int, RedemptionResult> Answers { get; } = new();

    /// <summary>Every step has run and every redemption has its answer.</summary>
    public bool Done => _next >= scenario.Checkout.Count && _answer is null;

    public async Task AdvanceAsync(ScenarioClock clock, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_answer is { } pending)
            {
                if (!pending.IsCompleted)
                {
                    return;
                }

                var result = await pending;
                Answers[_next - 1] = result;
                log.LogInformation("t={T:0.0}s till answered checkout step {Step}: {Answer}", clock.Seconds, _next - 1, result.Reason.Length == 0 ? "redeemed" : result.Reason);
                _answer = null;
            }

            if (_next >= scenario.Checkout.Count || scenario.Checkout[_next].At > clock.Seconds || !await RunAsync(_next, clock, cancellationToken))
            {
                return;
            }

            _next++;
        }
    }

    // False when the step waits for a push.
    private async Task<bool> RunAsync(int index, ScenarioClock clock, CancellationToken cancellationToken)
    {
        var step = scenario.Checkout[index];
        var app = apps[step.Shopper];
        switch (step.Do)
        {
            case CheckoutStepSpec.Purchase:
                var code = step.CheckoutCode ? await api!.CheckoutCodeAsync(Token(app), cancellationToken) : null;
                var items = step.Items.Select(i => new PurchaseItem { Sku = i.Sku, Qty = i.Qty, Price = i.Price, Category = i.Category }).ToList();
                var purchase = new Purchase
                {
                    Id = $"{runId}-pur{index}", Ts = clock.Now, Receipt = $"{runId}-{step.Receipt}", Items = items,
                    Total = Math.Round(items.Sum(i => i.Qty * i.Price), 2), Currency = step.Currency, CheckoutCode = code,
                };
                await tills[step.Till!].PublishPurchaseAsync(purchase, cancellationToken);
                log.LogInformation("t={T:0.0}s till {Till} sold receipt {Receipt}, {Total} {Currency}{Code}", clock.Seconds, step.Till, purchase.Receipt,
                    purchase.Total.ToString("0.00", CultureInfo.InvariantCulture), purchase.Currency, code is null ? "" : " with the app's checkout code");
                return true;
            case CheckoutStepSpec.Redeem:
                if ((step.Code ?? LastPush(step.Shopper, p => p.Push.Coupon is not null)?.Push.Coupon) is not { } coupon)
                {
                    return false;
                }

                var key = _lastKey = step.ReuseKey ? _lastKey! : $"{runId}/{step.Key ?? $"redeem-{index}"}";
                _answer = await tills[step.Till!].RedeemAsync(new PosRedemption { Id = $"{runId}-red{index}", Ts = clock.Now, Code = coupon, Key = key }, cancellationToken);
                log.LogInformation("t={T:0.0}s till {Till} redeems {Code} (key {Key})", clock.Seconds, step.Till, coupon, key);
                return true;
            default:
                if (LastPush(step.Shopper, p => p.Push.Campaign == step.Campaign) is not { } push)
                {
                    return false;
                }

                await app.ShareAsync(push.Push.Id, cancellationToken);
                log.LogInformation("t={T:0.0}s {Shopper} shares push {Push} of {Campaign}", clock.Seconds, step.Shopper, push.Push.Id, step.Campaign);
                return true;
        }
    }

    /// <summary>The points balance each shopper named by a points expectation reads through its app.</summary>
    public async Task ReadPointsAsync(ConcurrentDictionary<string, long> into, CancellationToken cancellationToken)
    {
        foreach (var shopper in scenario.Expect.Where(e => e.Points is not null).Select(e => e.To).Distinct(StringComparer.Ordinal))
        {
            into[shopper] = await api!.PointsBalanceAsync(Token(apps[shopper]), cancellationToken);
        }
    }

    private ReceivedPush? LastPush(string shopper, Func<ReceivedPush, bool> match) => pushes.LastOrDefault(p => p.Shopper == shopper && match(p));

    private string Token(VirtualApp app) =>
        options.Credentials?.Invoke(app.Install)?.Password ?? throw new ScenarioException($"no install token for {app.Install}: checkout steps need the gateway's app API (--gateway)");
}

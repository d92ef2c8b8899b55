using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Gateway.Coupons;
using ScenarioEdge.Gateway.Delivery;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>
/// Fills the funnel stages that happen after the send: delivered, opened, clicked and dismissed from the app's
/// feedback on its own pushes (the feedback recorder has checked the push is the install's: another install's
/// feedback never reaches here), redeemed when the coupon ledger redeems a code the campaign issued to that shopper.
/// The app's own "redeemed" is not trusted for the funnel; the till's redemption is, net of reversals: a reversed
/// redemption restates the stage from the ledger (redeemed at the earliest of the campaign's codes the shopper still
/// has redeemed, or not at all). A stage reached again (a replayed "opened") counts once, at its first time; an app
/// clock behind the push is held at the push's time.
/// </summary>
public sealed class JourneyFunnel(JourneyBook book, FeedbackRecorder feedback, CouponLedger ledger, TimeProvider time) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        feedback.Recorded += OnFeedback;
        ledger.Redeemed += OnRedeemed;
        ledger.Reversed += OnReversed;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        feedback.Recorded -= OnFeedback;
        ledger.Redeemed -= OnRedeemed;
        ledger.Reversed -= OnReversed;
        return Task.CompletedTask;
    }

    private void OnFeedback(PushRecord push, FeedbackAction action, DateTimeOffset at)
    {
        FunnelStage? stage = action switch
        {
            FeedbackAction.Delivered => FunnelStage.Delivered,
            FeedbackAction.Opened => FunnelStage.Opened,
            FeedbackAction.Clicked => FunnelStage.Clicked,
            FeedbackAction.Dismissed => FunnelStage.Dismissed,
            _ => null,
        };
        if (stage is { } s)
        {
            book.Stamp(push.Campaign, push.Shopper, s, Clamp(at, push.RecordedAt));
        }
    }

    private void OnRedeemed(CouponIssueRecord code)
    {
        if (code.Shopper is { } shopper && code.RedeemedAt is { } at)
        {
            book.Stamp(code.Campaign, shopper, FunnelStage.Redeemed, new DateTimeOffset(at.ToUniversalTime(), TimeSpan.Zero));
        }
    }

    private void OnReversed(CouponIssueRecord code)
    {
        if (code.Shopper is { } shopper)
        {
            book.Restate(code.Campaign, shopper, FunnelStage.Redeemed, () => ledger.EarliestRedeemed(code.Campaign, shopper));
        }
    }

    // Event time, within what can be true: not before the gateway recorded the push, not after now.
    private DateTimeOffset Clamp(DateTimeOffset at, DateTime recorded)
    {
        var earliest = new DateTimeOffset(DateTime.SpecifyKind(recorded.ToUniversalTime(), DateTimeKind.Utc));
        var now = time.GetUtcNow();
        return at < earliest ? earliest : at > now ? now : at;
    }
}

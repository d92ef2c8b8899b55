using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Tests.Campaigns.Facts;

/// <summary>
/// The second-look memory does not grow with every shopper ever judged: a scene change no campaign could still decide
/// (older than the longest <c>maxDelay</c>, a day) is let go when event time moves on, here by other shoppers' scenes.
/// </summary>
public sealed class LateFactsBoundTests
{
    [Fact]
    public async Task LookIdleLongerThanAnyCampaignMayDecide_AnotherShoppersSceneADayLater_LetGo()
    {
        var time = new ShiftedTimeProvider();
        await using var gateway = await LiveFactsTests.StartAsync(time: time);
        await using var signals = new LiveSignalPublisher(gateway);
        var late = gateway.App.Services.GetRequiredService<LateFactsReevaluation>();
        var fay = gateway.Shopper("fay");
        var gus = gateway.Shopper("gus");
        var t0 = time.GetUtcNow().AddSeconds(-30);
        await LateFactsTests.ExercisingAsync(gateway, signals, t0);
        Assert.True(late.Keeps(fay), "fay's exercising scene kept for a second look");

        // Within the day: gus's scene sweeps nothing of fay's.
        time.Advance(TimeSpan.FromHours(2));
        await signals.DistanceAsync("gus", LiveSignalPublisher.Store, 300, t0.AddHours(2), PhoneActivity.Running);
        await Eventually.TrueAsync(() => late.Keeps(gus), "gus's scene kept");
        Assert.True(late.Keeps(fay), "two hours on, fay's look may still decide");

        time.Advance(TimeSpan.FromHours(23));
        await signals.DistanceAsync("joy", LiveSignalPublisher.Store, 300, t0.AddHours(25), PhoneActivity.Running);
        await Eventually.TrueAsync(() => late.Keeps(gateway.Shopper("joy")), "joy's scene kept");
        await Eventually.TrueAsync(() => !late.Keeps(fay), "fay's day-old look let go");
        gateway.AssertNoErrorsLogged();
    }
}

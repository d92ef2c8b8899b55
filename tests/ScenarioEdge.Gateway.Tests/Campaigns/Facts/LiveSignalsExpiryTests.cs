using Microsoft.Extensions.DependencyInjection;
using MQTTnet;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Campaigns.Facts;

/// <summary>
/// Live signals ingested over MQTT do not outlive the campaigns' freshness windows: an idle shopper's reading goes
/// once event time has moved past them (the gauge <c>se_live_signals_shoppers</c> shows it), and a wrong clock
/// brings nothing back.
/// </summary>
public sealed class LiveSignalsExpiryTests
{
    [Fact]
    public async Task IdleShopper_EventTimeMovesPastTheFreshnessWindows_ReadingDroppedFreshOneKept()
    {
        await using var gateway = await LiveFactsTests.StartAsync();
        await using var signals = new LiveSignalPublisher(gateway);
        var live = gateway.App.Services.GetRequiredService<LiveSignals>();
        var (fay, gus) = (gateway.Shopper("fay"), gateway.Shopper("gus"));
        var now = TimeProvider.System.GetUtcNow();

        await signals.HeartRateAsync("strap-fay", 150, now.AddHours(-1));
        await Eventually.TrueAsync(() => live.Of(fay) != LiveReading.None, "fay's heart rate taken");
        await signals.HeartRateAsync("strap-gus", 140, now.AddSeconds(-30));

        await Eventually.TrueAsync(() => live.Of(fay) == LiveReading.None && live.Of(gus) != LiveReading.None, "fay's hour-old reading dropped, gus's kept");
        Assert.Equal(1, gateway.Metrics.GaugeValue("se_live_signals_shoppers"));
        Assert.Contains("se_live_signals_shoppers 1", await gateway.Http.GetStringAsync("/metrics"), StringComparison.Ordinal);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task WrongClocks_PastSampleNotTakenFutureSampleRefusedAtIngest()
    {
        await using var gateway = await LiveFactsTests.StartAsync();
        await using var signals = new LiveSignalPublisher(gateway);
        var live = gateway.App.Services.GetRequiredService<LiveSignals>();
        var (fay, gus) = (gateway.Shopper("fay"), gateway.Shopper("gus"));
        var now = TimeProvider.System.GetUtcNow();
        await signals.HeartRateAsync("strap-gus", 140, now.AddSeconds(-30));
        await Eventually.TrueAsync(() => live.Of(gus) != LiveReading.None, "gus's heart rate taken");

        // fay's strap two hours behind, then her phone's fresh distance through the same partition, after it.
        await signals.HeartRateAsync("strap-fay", 150, now.AddHours(-2));
        await signals.DistanceAsync("fay", LiveSignalPublisher.Store, 300, now.AddSeconds(-20));
        await Eventually.TrueAsync(() => live.Of(fay).DistanceAtTicks != 0, "fay's distance taken");
        Assert.Equal(0, live.Of(fay).HeartAtTicks);
        Assert.True(double.IsNaN(live.Of(fay).HeartRateReservePct));

        var ahead = await signals.HeartRateResultAsync("strap-gus", 190, now.AddHours(1));
        Assert.Equal(MqttClientPublishReasonCode.PayloadFormatInvalid, ahead.ReasonCode);
        Assert.Contains("ahead of the gateway's clock", ahead.ReasonString, StringComparison.Ordinal);
        Assert.Equal(1, gateway.Metrics.Rejected["future_time"]);
        Assert.Equal(now.AddSeconds(-30).UtcTicks, live.Of(gus).HeartAtTicks);
        gateway.AssertNoErrorsLogged();
    }
}

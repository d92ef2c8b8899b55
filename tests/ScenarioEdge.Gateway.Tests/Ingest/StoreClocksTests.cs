using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Scenes;

namespace ScenarioEdge.Gateway.Tests.Ingest;

public sealed class StoreClocksTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Advance_EventTimeBeyondTheBound_StoreTimeStopsAtGatewayNowPlusBound()
    {
        var time = new SettableTime(T);
        var clocks = new StoreClocks(Options.Create(new GatewayOptions()), time);

        clocks.Advance("s", T.AddDays(3), out var watermark);

        Assert.Equal(T.AddMinutes(5), watermark);
        Assert.Equal(T.AddMinutes(5), clocks.Now("s"));
    }

    [Fact]
    public void Advance_GatewayClockCorrectedBackwards_StoreTimeRecoversAtTheNextEventAndTicks()
    {
        // The gateway booted with its clock a day ahead; the store's time followed it. Then NTP put the clock right.
        var time = new SettableTime(T.AddDays(1));
        var clocks = new StoreClocks(Options.Create(new GatewayOptions()), time);
        Assert.True(clocks.Advance("s", T.AddDays(1), out _));
        time.Now = T;

        var tick = clocks.Advance("s", T.AddSeconds(2), out var watermark);

        Assert.True(tick, "a tick is due so that exits are decided on the recovered time");
        Assert.Equal(T.AddSeconds(2), watermark);
        Assert.True(clocks.Advance("s", T.AddSeconds(4), out var later));
        Assert.Equal(T.AddSeconds(4), later);
    }

    private sealed class SettableTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}

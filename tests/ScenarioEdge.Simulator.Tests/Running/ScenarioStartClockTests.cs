using Microsoft.Extensions.Time.Testing;
using ScenarioEdge.Simulation.Running;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulator.Tests.Running;

/// <summary>The clock a scenario with a local start time runs on, which the gateway shares.</summary>
public sealed class ScenarioStartClockTests
{
    private static readonly DateTimeOffset MondayNight = new(2026, 11, 30, 23, 0, 0, TimeSpan.Zero);

    [Fact]
    public void For_StartOnAWeekday_LatestSuchMorningInTheStoresZone()
    {
        var time = new FakeTimeProvider(MondayNight);

        var clock = For("07:40", "tue", "Europe/Berlin", time);

        // Tuesday 24 November 2026, 07:40 in Berlin (CET, UTC+1).
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 6, 40, 0, TimeSpan.Zero), clock.GetUtcNow());
        time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 6, 40, 30, TimeSpan.Zero), clock.GetUtcNow());
    }

    [Fact]
    public void For_NoWeekday_TodayWhenPassedElseYesterday()
    {
        var time = new FakeTimeProvider(MondayNight);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero), For("15:00", null, "Europe/Berlin", time).GetUtcNow());
        // Monday 23:00 UTC is already Tuesday 00:00 in Berlin: its 07:40 is still ahead, so Monday's.
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 6, 40, 0, TimeSpan.Zero), For("07:40", null, "Europe/Berlin", time).GetUtcNow());
    }

    // A test or host that moved the clock for the gateway too hands the simulator that clock: it is not moved again.
    [Fact]
    public void For_ClockAlreadyAtTheStart_SameClock()
    {
        var time = new FakeTimeProvider(MondayNight);
        var shared = For("07:40", "tue", "Europe/Berlin", time);
        time.Advance(TimeSpan.FromMinutes(2));

        Assert.Same(shared, For("07:40", "tue", "Europe/Berlin", shared));
        time.Advance(ScenarioStartClock.Tolerance);
        Assert.NotSame(shared, For("07:40", "tue", "Europe/Berlin", shared));
    }

    [Fact]
    public void For_StartInTheSpringForwardGap_AnHourLater()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 29, 12, 0, 0, TimeSpan.Zero));

        // 02:30 does not exist in Berlin on 29 March 2026: 03:30 CEST is 01:30 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), For("02:30", "sun", "Europe/Berlin", time).GetUtcNow());
    }

    [Fact]
    public void For_NoStartLocal_TheGivenClock()
    {
        var time = new FakeTimeProvider(MondayNight);

        Assert.Same(time, ScenarioStartClock.For(new Scenario(), time));
    }

    [Fact]
    public void Advance_Backwards_Refused()
    {
        var clock = new ScenarioTimeProvider(TimeProvider.System, TimeSpan.Zero);

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public void LatencyStats_NearestRank()
    {
        var stats = LatencyStats.From([.. Enumerable.Range(1, 20).Select(i => (double?)i * 10), null])!;

        Assert.Equal((20, 100d, 190d, 200d), (stats.Count, stats.P50Ms, stats.P95Ms, stats.MaxMs));
        Assert.Null(LatencyStats.From([null]));
    }

    private static TimeProvider For(string start, string? weekday, string zone, TimeProvider time) =>
        ScenarioStartClock.For(new Scenario { StartLocal = start, Weekday = weekday, Store = { TimeZone = zone } }, time);
}

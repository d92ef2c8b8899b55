using ScenarioEdge.Gateway.Presence;

namespace ScenarioEdge.Gateway.Tests.Presence;

public sealed class ShopperPresenceTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    private readonly PresenceOptions _options = new();

    private ShopperPresence NewPresence() => new("s1", "alice", _options);

    [Fact]
    public void Apply_TwoStrongSightingsWithinWindow_EntersAtStrongestZone()
    {
        var p = NewPresence();
        Assert.Null(p.Apply("drinks", -84, T0, 0));
        var entered = p.Apply("entrance", -63, T0.AddSeconds(1), 0);

        Assert.NotNull(entered);
        Assert.Equal(PresenceTransitionKind.Entered, entered.Kind);
        Assert.Equal("entrance", entered.Zone);
        Assert.Contains("-85 dBm", entered.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_SingleSighting_DoesNotEnter()
    {
        var p = NewPresence();
        Assert.Null(p.Apply("entrance", -60, T0, 0));
        Assert.False(p.InStore);
    }

    [Fact]
    public void Apply_SightingsFurtherApartThanWindow_DoNotEnter()
    {
        var p = NewPresence();
        Assert.Null(p.Apply("entrance", -60, T0, 0));
        Assert.Null(p.Apply("entrance", -60, T0 + _options.EnterWindow + TimeSpan.FromSeconds(1), 0));
        Assert.False(p.InStore);
    }

    [Fact]
    public void Apply_SightingsBelowThreshold_NeverEnter()
    {
        var p = NewPresence();
        for (var i = 0; i < 20; i++)
        {
            Assert.Null(p.Apply("entrance", _options.RssiThresholdDbm - 1, T0.AddSeconds(i), 0));
        }

        Assert.False(p.InStore);
    }

    [Fact]
    public void Advance_SilenceShorterThanLeavePeriod_StaysIn()
    {
        var p = EnteredAt("entrance");
        Assert.Null(p.Advance(T0.AddSeconds(1) + _options.LeaveAfter - TimeSpan.FromSeconds(1)));
        Assert.True(p.InStore);
    }

    [Fact]
    public void Advance_SilenceForLeavePeriod_LeavesAtLastEvidencePlusPeriod()
    {
        var p = EnteredAt("entrance");
        var left = p.Advance(T0.AddMinutes(5));

        Assert.NotNull(left);
        Assert.Equal(PresenceTransitionKind.Left, left.Kind);
        Assert.Equal("entrance", left.PreviousZone);
        Assert.Equal(T0.AddSeconds(1) + _options.LeaveAfter, left.At);
        Assert.False(p.InStore);
    }

    [Fact]
    public void Apply_OtherZoneStrongerForLessThanHold_DoesNotMove()
    {
        var p = EnteredAt("entrance");
        for (var i = 2; i < 4; i++)
        {
            Assert.Null(p.Apply("entrance", -80, T0.AddSeconds(i), 0));
            Assert.Null(p.Apply("drinks", -60, T0.AddSeconds(i), 0));
        }

        Assert.Equal("entrance", p.Zone);
    }

    [Fact]
    public void Apply_OtherZoneClearlyStrongerForHold_MovesThere()
    {
        var p = EnteredAt("entrance");
        PresenceTransition? moved = null;
        for (var i = 2; i < 12 && moved is null; i++)
        {
            moved = p.Apply("entrance", -82, T0.AddSeconds(i), 0) ?? p.Apply("drinks", -60, T0.AddSeconds(i), 0);
        }

        Assert.NotNull(moved);
        Assert.Equal(PresenceTransitionKind.ZoneChanged, moved.Kind);
        Assert.Equal("drinks", moved.Zone);
        Assert.Equal("entrance", moved.PreviousZone);
    }

    [Fact]
    public void Apply_TwoZonesWithinMargin_NeverFlap()
    {
        var p = EnteredAt("entrance");
        var random = new Random(3);
        for (var i = 2; i < 600; i++)
        {
            // Standing between two scanners: equal mean, 3 dB noise each.
            Assert.Null(p.Apply("entrance", -70 + (3 * Gaussian(random)), T0.AddSeconds(i), 0));
            Assert.Null(p.Apply("drinks", -70 + (3 * Gaussian(random)), T0.AddSeconds(i), 0));
        }
    }

    private ShopperPresence EnteredAt(string zone)
    {
        var p = NewPresence();
        p.Apply(zone, -60, T0, 0);
        Assert.NotNull(p.Apply(zone, -60, T0.AddSeconds(1), 0));
        return p;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}

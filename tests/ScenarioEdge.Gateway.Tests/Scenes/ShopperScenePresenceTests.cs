using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Protocol.Messages;
using static ScenarioEdge.Gateway.Tests.Scenes.Signals;

namespace ScenarioEdge.Gateway.Tests.Scenes;

public sealed class ShopperScenePresenceTests
{
    private readonly SceneOptions _options = new();
    private readonly List<SceneChange> _out = [];

    private ShopperScene Entered(string zone = "entrance")
    {
        var scene = new ShopperScene("alice", _options);
        scene.Apply(Seen(zone, -60, 0), _out);
        scene.Apply(Seen(zone, -60, 1), _out);
        Assert.True(scene.InStore);
        _out.Clear();
        return scene;
    }

    [Fact]
    public void Apply_TwoStrongSightingsWithinWindow_EntersAtStrongestZoneWithReasons()
    {
        var scene = new ShopperScene("alice", _options);
        scene.Apply(Seen("drinks", -84, 0), _out);
        scene.Apply(Seen("entrance", -63, 1), _out);

        var entered = Assert.Single(_out);
        Assert.Equal(SceneChangeKind.Entered, entered.Kind);
        Assert.Equal(SceneState.InStore, entered.State);
        Assert.Equal("entrance", entered.Zone);
        Assert.Contains(entered.Reasons, r => r.Contains("-85 dBm", StringComparison.Ordinal));
        Assert.InRange(entered.Confidence, 0.5, 1);
    }

    [Fact]
    public void Apply_SightingsBelowThreshold_NeverEnter()
    {
        var scene = new ShopperScene("alice", _options);
        for (var i = 0; i < 20; i++)
        {
            scene.Apply(Seen("entrance", _options.Presence.PresenceThresholdDbm - 1, i), _out);
        }

        Assert.False(scene.InStore);
        Assert.Empty(_out);
    }

    [Fact]
    public void Advance_SilenceShorterThanExitPeriod_StaysIn()
    {
        var scene = Entered();
        scene.Advance(Ticks(1 + _options.Presence.ExitAfterSignalLoss.TotalSeconds - 1), _out);
        Assert.True(scene.InStore);
        Assert.DoesNotContain(_out, c => c.Kind == SceneChangeKind.LeftSignalLost);
    }

    [Fact]
    public void Advance_SilenceForExitPeriod_LeavesBySignalLossAtLastEvidencePlusPeriod()
    {
        var scene = Entered();
        scene.Advance(Ticks(100), _out);

        var left = Assert.Single(_out, c => c.Kind == SceneChangeKind.LeftSignalLost);
        Assert.Equal(T0.AddSeconds(1) + _options.Presence.ExitAfterSignalLoss, left.At);
        Assert.Equal("entrance", left.PreviousZone);
        Assert.False(scene.InStore);
    }

    [Fact]
    public void Apply_PhoneFarFromStore_LeavesByMovingAwayAtOnce()
    {
        var scene = Entered();
        scene.Apply(Phone(5, PhoneActivity.Walking, distance: 400), _out);

        var left = Assert.Single(_out, c => c.Kind == SceneChangeKind.LeftMovedAway);
        Assert.Equal(T0.AddSeconds(5), left.At);
        Assert.Contains("400 m", left.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_StaleSightingsAfterLeaving_DoNotReEnter()
    {
        var scene = Entered();
        scene.Apply(Phone(5, PhoneActivity.Walking, distance: 400), _out);
        scene.Apply(Seen("entrance", -60, 4), _out);
        scene.Apply(Seen("entrance", -60, 5), _out);

        Assert.False(scene.InStore);
    }

    [Fact]
    public void Apply_NeighbourZoneSlightlyStronger_DoesNotFlap()
    {
        var scene = Entered("entrance");
        for (var t = 2; t < 60; t++)
        {
            scene.Apply(Seen("entrance", -70, t), _out);
            scene.Apply(Seen("aisle", t % 2 == 0 ? -67 : -73, t), _out);
        }

        Assert.DoesNotContain(_out, c => c.Kind == SceneChangeKind.ZoneChanged);
        Assert.Equal("entrance", scene.Zone);
    }

    [Fact]
    public void Apply_OtherZoneClearlyStrongerForHold_ChangesZone()
    {
        var scene = Entered("entrance");
        for (var t = 2; t < 20; t++)
        {
            scene.Apply(Seen("entrance", -80, t), _out);
            scene.Apply(Seen("aisle", -60, t), _out);
        }

        var moved = Assert.Single(_out, c => c.Kind == SceneChangeKind.ZoneChanged);
        Assert.Equal("aisle", moved.Zone);
        Assert.Equal("entrance", moved.PreviousZone);
        Assert.True(scene.InStore);
    }

    [Fact]
    public void Advance_InZoneForDwellThreshold_StartsDwellingOnce()
    {
        var scene = Entered();
        for (var t = 2; t < 40; t++)
        {
            scene.Apply(Seen("entrance", -60, t), _out);
            scene.Advance(Ticks(t), _out);
        }

        var dwell = Assert.Single(_out, c => c.Kind == SceneChangeKind.DwellStarted);
        Assert.True(dwell.Dwelling);
        Assert.Equal(T0.AddSeconds(1) + _options.Dwell.DefaultDwell, dwell.At);
    }

    [Fact]
    public void Apply_SignalLaterThanTolerance_IsDroppedAndReported()
    {
        var scene = Entered();
        scene.Apply(Seen("entrance", -60, 60), _out);

        Assert.False(scene.Apply(Seen("entrance", -60, 60 - _options.LateTolerance.TotalSeconds - 1), _out));
        Assert.True(scene.Apply(Seen("entrance", -60, 58), _out));
    }
}

using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Protocol.Messages;
using static ScenarioEdge.Gateway.Tests.Scenes.Signals;

namespace ScenarioEdge.Gateway.Tests.Scenes;

public sealed class ShopperSceneActivityTests
{
    private readonly SceneOptions _options = new();
    private readonly List<SceneChange> _out = [];

    [Fact]
    public void Apply_HighHeartRateReserveAndRunningPhone_ExercisingWithReasons()
    {
        var scene = new ShopperScene("alice", _options);
        for (var t = 0; t < 30; t += 5)
        {
            scene.Apply(Heart(t, 160), _out);
            scene.Apply(Phone(t, PhoneActivity.Running, accel: 11, speed: 3), _out);
        }

        Assert.Equal(SceneState.Exercising, scene.State);
        var change = Assert.Single(_out);
        Assert.Equal(SceneChangeKind.ActivityChanged, change.Kind);
        Assert.Contains(change.Reasons, r => r.Contains("heart-rate reserve", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_StillPhoneAndLowHeartRate_Resting()
    {
        var scene = new ShopperScene("alice", _options);
        for (var t = 0; t < 60; t += 5)
        {
            scene.Apply(Heart(t, 62), _out);
            scene.Apply(Phone(t, PhoneActivity.Still, accel: 0.01), _out);
        }

        Assert.Equal(SceneState.Resting, scene.State);
    }

    [Fact]
    public void Apply_AndroidPercentConfidence_WeighsAsTheSameShare()
    {
        var percent = new ShopperScene("alice", _options);
        var share = new ShopperScene("bob", _options);
        var percentOut = new List<SceneChange>();
        for (var t = 0; t < 90; t += 5)
        {
            // Motion says moving, the phone says still: how much the phone counts decides, and when.
            percent.Apply(Phone(t, PhoneActivity.Still, accel: 0.3, confidence: 90), percentOut);
            share.Apply(Phone(t, PhoneActivity.Still, accel: 0.3, confidence: 0.9, shopper: "bob"), _out);
        }

        Assert.Equal(share.State, percent.State);
        Assert.Equal(_out.Select(c => (c.State, c.At, c.Confidence)), percentOut.Select(c => (c.State, c.At, c.Confidence)));
        Assert.Contains(percentOut.SelectMany(c => c.Reasons), r => r.Contains("phone says Still (90", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(45, SceneState.Resting)]
    [InlineData(88, SceneState.Commuting)]
    public void Apply_SoundLevelWithAnAmbiguousPhone_QuietLeansRestLoudLeansTravel(double soundDb, SceneState expected)
    {
        var scene = new ShopperScene("alice", _options);
        for (var t = 0; t < 180; t += 5)
        {
            // At the still threshold the phone's motion votes both ways equally; the room's level tips it.
            scene.Apply(SceneSignals.Phone("alice", new AppActivity
            {
                Id = "a", Ts = T0.AddSeconds(t), Activity = PhoneActivity.Unknown, AccelStdMps2 = _options.Activity.StillAccelStdMps2 * 1.4, SoundDb = soundDb,
            }, null, 0), _out);
        }

        Assert.Equal(expected, scene.State);
        Assert.Contains(_out.SelectMany(c => c.Reasons), r => r.StartsWith($"sound level {soundDb:0} dB", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_VehicleSpeed_Commuting()
    {
        var scene = new ShopperScene("alice", _options);
        for (var t = 0; t < 60; t += 5)
        {
            scene.Apply(Phone(t, PhoneActivity.InVehicle, accel: 0.4, speed: 14), _out);
        }

        Assert.Equal(SceneState.Commuting, scene.State);
    }

    [Fact]
    public void Apply_OneMisclassifiedPhoneSample_DoesNotFlipTheActivity()
    {
        var scene = new ShopperScene("alice", _options);
        for (var t = 0; t < 120; t += 5)
        {
            var glitch = t == 60;
            scene.Apply(Phone(t, glitch ? PhoneActivity.Running : PhoneActivity.InVehicle, accel: glitch ? 12 : 0.4, speed: glitch ? null : 12), _out);
        }

        Assert.Single(_out);
        Assert.Equal(SceneState.Commuting, scene.State);
    }

    [Fact]
    public void Apply_MissingSignals_LowerConfidenceButStillDecide()
    {
        var phoneOnly = new ShopperScene("alice", _options);
        var phoneAndStrap = new ShopperScene("bob", _options);
        for (var t = 0; t < 30; t += 5)
        {
            phoneOnly.Apply(Phone(t, PhoneActivity.Running, accel: 11, speed: 3, shopper: "alice"), _out);
            phoneAndStrap.Apply(Phone(t, PhoneActivity.Running, accel: 11, speed: 3, shopper: "bob"), _out);
            phoneAndStrap.Apply(Heart(t, 165, cadence: 165, shopper: "bob"), _out);
        }

        Assert.Equal(SceneState.Exercising, phoneOnly.State);
        Assert.Equal(SceneState.Exercising, phoneAndStrap.State);
        Assert.True(phoneOnly.ActivityConfidence(Ticks(30)) < phoneAndStrap.ActivityConfidence(Ticks(30)));
    }

    [Fact]
    public void Advance_NoActivitySignalForStalePeriod_BecomesUnknown()
    {
        var scene = new ShopperScene("alice", _options);
        scene.Apply(Phone(0, PhoneActivity.Still, accel: 0.01), _out);
        scene.Advance(Ticks(_options.Activity.ActivityStaleAfter.TotalSeconds + 1), _out);

        Assert.Equal(SceneState.Unknown, scene.State);
        Assert.Equal(SceneChangeKind.ActivityChanged, _out[^1].Kind);
        // Stamped when the last signal went stale, in the signals' event time (a demo run logged 0001-01-01T00:02:00:
        // the instant was read from the evidence after it was cleared).
        Assert.Equal(new DateTimeOffset(Ticks(_options.Activity.ActivityStaleAfter.TotalSeconds), TimeSpan.Zero), _out[^1].At);
    }

    [Fact]
    public void Apply_InStore_StaysInStoreWhateverThePhoneSays()
    {
        var scene = new ShopperScene("alice", _options);
        scene.Apply(Seen("entrance", -60, 0), _out);
        scene.Apply(Seen("entrance", -60, 1), _out);
        scene.Apply(Phone(2, PhoneActivity.Running, accel: 12, speed: 3), _out);

        Assert.Equal(SceneState.InStore, scene.State);
    }
}

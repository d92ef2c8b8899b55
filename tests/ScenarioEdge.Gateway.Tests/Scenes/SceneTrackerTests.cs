using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Protocol.Messages;
using static ScenarioEdge.Gateway.Tests.Scenes.Signals;

namespace ScenarioEdge.Gateway.Tests.Scenes;

public sealed class SceneTrackerTests
{
    private readonly SceneOptions _options = new();
    private readonly List<SceneChange> _out = [];

    [Fact]
    public void Advance_ShopperIdleForExpiry_IsForgotten()
    {
        var tracker = new SceneTracker(_options);
        tracker.Apply(Phone(0, PhoneActivity.Still, accel: 0.01), _out);
        Assert.Equal(1, tracker.Count);

        tracker.Advance("s1", Ticks(_options.IdleExpiry.TotalSeconds + 60), _out);

        Assert.Equal(0, tracker.Count);
    }

    [Fact]
    public void Apply_FaintSightingOfStranger_KeepsNoState()
    {
        var tracker = new SceneTracker(_options);
        tracker.Apply(Seen("entrance", -99, 0), _out);
        Assert.Equal(0, tracker.Count);
    }

    [Fact]
    public void Apply_SteadyStateSignals_AllocateNothingPerSignal()
    {
        var tracker = new SceneTracker(_options);
        var shoppers = Enumerable.Range(0, 1000).Select(i => $"sh{i}").ToArray();
        var signals = new SceneSignal[shoppers.Length * 3];
        for (var i = 0; i < shoppers.Length; i++)
        {
            signals[i * 3] = Phone(0, PhoneActivity.InVehicle, accel: 0.4, speed: 12, shopper: shoppers[i]);
            signals[(i * 3) + 1] = Heart(0, 80, shopper: shoppers[i]);
            signals[(i * 3) + 2] = Seen("entrance", -70, 0, shoppers[i]);
        }

        // Warm-up: state created, decisions made, and the code path jitted (tiering allocates on its own).
        Run(tracker, signals, 0, 10);
        _out.Clear();
        var before = GC.GetAllocatedBytesForCurrentThread();
        Run(tracker, signals, 10, 15);

        Assert.Empty(_out);
        // Nothing per signal: what little is allocated over 15,000 signals (internal decisions, runtime tiering) stays
        // far below one byte per signal.
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < signals.Length * 5, $"{allocated} bytes allocated over {signals.Length * 5} signals");
    }

    private void Run(SceneTracker tracker, SceneSignal[] signals, int from, int to)
    {
        for (var round = from; round < to; round++)
        {
            var shift = TimeSpan.FromSeconds(round).Ticks;
            foreach (var s in signals)
            {
                tracker.Apply(s with { AtTicks = s.AtTicks + shift }, _out);
            }
        }
    }
}

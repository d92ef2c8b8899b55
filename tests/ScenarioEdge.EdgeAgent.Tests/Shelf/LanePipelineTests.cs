using ScenarioEdge.EdgeAgent.Shelf;
using ScenarioEdge.Shelf;
using ScenarioEdge.Shelf.Simulation;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Tests.Shelf;

public sealed class LanePipelineTests
{
    private static readonly LaneConfig Cans = new() { Lane = "a1", Sku = "cola-330", UnitGrams = 350, ToleranceGrams = 10 };
    private static readonly LoadCellSignalOptions Realistic = new() { NoiseGrams = 1, DriftGramsPerMinute = 0.5, GlitchProbability = 0.002 };

    private static List<LaneDetection> Run(ShelfTrace trace, LaneConfig lane, LoadCellSignalOptions signal)
    {
        var pipeline = new LanePipeline(lane, new LaneCalibration(signal.TareCounts, signal.CountsPerGram));
        return [.. trace.Samples.Select(s => pipeline.Add(s.TMs, s.Raw)).OfType<LaneDetection>().Where(d => d.Kind is ShelfEventKind.Pick or ShelfEventKind.Put)];
    }

    private static ShelfTraceBuilder Lane(int seed, double initialGrams, LoadCellSignalOptions? signal = null) =>
        new ShelfTraceBuilder(new LoadCellSignalModel(signal ?? Realistic, seed), initialGrams).Idle(3);

    [Fact]
    public void Add_OneCanPicked_EmitsOnePickOfOneWithinOneAndAHalfSecondsOfSettling()
    {
        var trace = Lane(1, 3500).Pick(1, 350, 10).Idle(4).Build();

        var pick = Assert.Single(Run(trace, Cans, Realistic));

        Assert.Equal(ShelfEventKind.Pick, pick.Kind);
        Assert.Equal(1, pick.Count);
        Assert.InRange(pick.DeltaGrams, -365, -335);
        Assert.InRange(pick.BeforeGrams, 3490, 3510);
        Assert.InRange(pick.Confidence, 0.5, 1);
        Assert.InRange(pick.TMs - trace.Truth[0].SettledMs, -1000, 1500);
    }

    [Fact]
    public void Add_TwoCansPutBack_EmitsOnePutOfTwo()
    {
        var trace = Lane(2, 1400).Put(2, 350, 10).Idle(4).Build();

        var put = Assert.Single(Run(trace, Cans, Realistic));

        Assert.Equal(ShelfEventKind.Put, put.Kind);
        Assert.Equal(2, put.Count);
    }

    [Fact]
    public void Add_PicksAndPutsInARow_CountsEachOne()
    {
        var trace = Lane(3, 3500).Pick(3, 350, 10).Idle(3).Put(1, 350, 10).Idle(3).Pick(2, 350, 10).Idle(4).Build();

        var events = Run(trace, Cans, Realistic);

        Assert.Equal(
            [(ShelfEventKind.Pick, 3), (ShelfEventKind.Put, 1), (ShelfEventKind.Pick, 2)],
            events.Select(e => (e.Kind, e.Count)));
    }

    [Fact]
    public void Add_KnockOnTheShelf_EmitsNothing()
    {
        var trace = Lane(4, 3500).Knock(600).Idle(3).Knock(300).Idle(3).Build();

        Assert.Empty(Run(trace, Cans, Realistic));
    }

    [Fact]
    public void Add_HandLeaningForSeconds_EmitsNothing()
    {
        // 700 g is two cans' worth: a lean that settled would look like a put of two.
        var trace = Lane(5, 3500).Lean(700, 3).Idle(3).Lean(350, 2).Idle(3).Build();

        Assert.Empty(Run(trace, Cans, Realistic));
    }

    [Fact]
    public void Add_ZeroDriftingTenGramsAMinuteForTenMinutes_NoFalseEventsAndPickStillCounted()
    {
        var drifting = Realistic with { DriftGramsPerMinute = 10 };
        var trace = Lane(6, 3500, drifting).Idle(600).Pick(1, 350, 10).Idle(4).Build();

        var pick = Assert.Single(Run(trace, Cans, drifting));

        Assert.Equal((ShelfEventKind.Pick, 1), (pick.Kind, pick.Count));
    }

    [Fact]
    public void Add_SmallItemsAtHighNoise_CountsPickOfOneFiftyGramItem()
    {
        var lane = new LaneConfig { Lane = "b2", Sku = "gum", UnitGrams = 50, ToleranceGrams = 2.5 };
        var noisy = Realistic with { NoiseGrams = 2 };
        var trace = Lane(7, 2000, noisy).Pick(1, 50, 2.5).Idle(4).Build();

        var pick = Assert.Single(Run(trace, lane, noisy));

        Assert.Equal((ShelfEventKind.Pick, 1), (pick.Kind, pick.Count));
    }

    [Fact]
    public void Add_SameTraceTwice_GivesTheSameEvents()
    {
        var first = Run(Lane(8, 3500).Pick(1, 350, 10).Idle(3).Build(), Cans, Realistic);
        var second = Run(Lane(8, 3500).Pick(1, 350, 10).Idle(3).Build(), Cans, Realistic);

        Assert.Equal(first, second);
    }
}

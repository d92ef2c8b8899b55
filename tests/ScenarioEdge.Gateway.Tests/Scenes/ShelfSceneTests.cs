using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Protocol.Messages;
using static ScenarioEdge.Gateway.Tests.Scenes.Signals;

namespace ScenarioEdge.Gateway.Tests.Scenes;

public sealed class ShelfSceneTests
{
    private readonly SceneOptions _options = new();
    private readonly List<SceneChange> _out = [];

    private SceneTracker InDrinks(params string[] shoppers)
    {
        var tracker = new SceneTracker(_options);
        foreach (var shopper in shoppers)
        {
            tracker.Apply(Seen("drinks", -60, 0, shopper), _out);
            tracker.Apply(Seen("drinks", -60, 1, shopper), _out);
        }

        Assert.All(shoppers, s => Assert.Equal("drinks", tracker.Find(s)?.Zone));
        _out.Clear();
        return tracker;
    }

    private static ShelfTouch Pick(double atS, int partitions = 1, string zone = "drinks") =>
        new("s1", zone, "drinks-shelf", new ShelfEvent { Id = "e", Ts = T0.AddSeconds(atS), Kind = ShelfEventKind.Pick, Lane = "a1", Sku = "sports-500", Count = 1 }, 0, partitions);

    private string? Run(SceneTracker tracker, ShelfTouch touch)
    {
        Assert.True(tracker.Report(touch));
        var shopper = touch.Decide(_options.Dwell.ShelfAttributionMarginDb);
        if (shopper is not null)
        {
            tracker.Attribute(shopper, touch, _out);
        }

        return shopper;
    }

    [Fact]
    public void Pick_OnlyShopperInZone_DwellsAtThatShelfAtOnceWithTheReason()
    {
        var tracker = InDrinks("alice");

        Assert.Equal("alice", Run(tracker, Pick(5)));

        var dwell = Assert.Single(_out);
        Assert.Equal(SceneChangeKind.DwellStarted, dwell.Kind);
        Assert.Equal(("drinks", "drinks-shelf", true), (dwell.Zone, dwell.Shelf, dwell.Dwelling));
        Assert.Equal(T0.AddSeconds(5), dwell.At);
        Assert.Contains("picked up an item (sports-500) at shelf drinks-shelf", dwell.Reasons);
        Assert.Contains("the only shopper in zone drinks", dwell.Reasons);
    }

    [Fact]
    public void Pick_ThenZoneDwellThreshold_NoSecondDwellInTheSameVisit()
    {
        var tracker = InDrinks("alice");
        Run(tracker, Pick(5));
        _out.Clear();

        for (var t = 2; t < 40; t++)
        {
            tracker.Apply(Seen("drinks", -60, t), _out);
        }

        Assert.DoesNotContain(_out, c => c.Kind == SceneChangeKind.DwellStarted);
    }

    [Fact]
    public void Pick_TwoShoppersInZone_NobodyIsAttributed()
    {
        var tracker = InDrinks("alice", "bob");

        Assert.Null(Run(tracker, Pick(5)));

        Assert.Empty(_out);
        Assert.False(tracker.Find("alice")!.Dwelling);
    }

    [Fact]
    public void Pick_OneShopperInEachOfTwoPartitions_NobodyIsAttributed()
    {
        // Each partition alone sees exactly one shopper; only the decision over both sees two.
        var first = InDrinks("alice");
        var second = InDrinks("bob");
        var touch = Pick(5, partitions: 2);

        Assert.False(first.Report(touch));
        Assert.True(second.Report(touch));

        Assert.Null(touch.Decide(_options.Dwell.ShelfAttributionMarginDb));
        Assert.Contains("2 shoppers in zone drinks", touch.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Pick_TwoShoppersButTheShelfScannerHearsOneClearlyStronger_ThatOneDwells()
    {
        var tracker = InDrinks("alice", "bob");
        tracker.Apply(Seen("drinks", -52, 2, "alice", scanner: "drinks-shelf"), _out);
        tracker.Apply(Seen("drinks", -75, 2, "bob", scanner: "drinks-shelf"), _out);
        _out.Clear();

        Assert.Equal("alice", Run(tracker, Pick(3)));

        var dwell = Assert.Single(_out);
        Assert.Equal(("alice", "drinks-shelf"), (dwell.Shopper, dwell.Shelf));
        Assert.Contains(dwell.Reasons, r => r.Contains("23 dB stronger", StringComparison.Ordinal));
    }

    [Fact]
    public void Pick_InAZoneWithNobody_EntersNobodyAndMovesNobody()
    {
        var tracker = InDrinks("alice");

        Assert.Null(Run(tracker, Pick(5, zone: "bakery")));

        Assert.Empty(_out);
        Assert.Equal("drinks", tracker.Find("alice")!.Zone);
    }

    [Fact]
    public void Pick_OlderThanLateTolerance_IsDroppedAsLate()
    {
        var tracker = InDrinks("alice");
        tracker.Apply(Seen("drinks", -60, 30), _out);
        _out.Clear();

        Run(tracker, Pick(30 - _options.LateTolerance.TotalSeconds - 1));

        Assert.Empty(_out);
        Assert.Equal(1, tracker.Late);
    }
}

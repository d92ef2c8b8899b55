using ScenarioEdge.Gateway.Provisioning;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Provisioning;
using static ScenarioEdge.Gateway.Tests.Scenes.Signals;

namespace ScenarioEdge.Gateway.Tests.Scenes;

/// <summary>Zone estimates by position and by fingerprint, and the evidence-based hysteresis every method shares.</summary>
public sealed class ZoneMethodTests
{
    private readonly SceneOptions _options = new();
    private readonly List<SceneChange> _out = [];

    // A corridor: scanner A at x=0 (zone west), scanner B at x=20 (zone east), and a middle zone with no scanner at all.
    private static StoreLayout Corridor(string method, bool fingerprints = false)
    {
        var store = new StoreSpec
        {
            Id = "s1",
            ZoneMethod = method,
            Zones =
            [
                new ZoneSpec { Id = "west", X = 0, Y = 0, Fingerprint = fingerprints ? new() { ["scan-a"] = -60, ["scan-b"] = -90 } : [] },
                new ZoneSpec { Id = "middle", X = 10, Y = 0, Fingerprint = fingerprints ? new() { ["scan-a"] = -75, ["scan-b"] = -75 } : [] },
                new ZoneSpec { Id = "east", X = 20, Y = 0, Fingerprint = fingerprints ? new() { ["scan-a"] = -90, ["scan-b"] = -60 } : [] },
            ],
            Scanners = [new ScannerSpec { Device = "scan-a", Zone = "west", X = 0 }, new ScannerSpec { Device = "scan-b", Zone = "east", X = 20 }],
        };
        var record = StoreRecords.From(store);
        Assert.Null(StoreLayout.Validate(record, ["scan-a", "scan-b"]));
        return StoreLayout.Of(record, StoreRecords.Scanners(store));
    }

    private static SceneSignal At(StoreLayout layout, string scanner, double rssi, double atS) =>
        SceneSignals.Sighting("alice", "s1", scanner, scanner == "scan-a" ? "west" : "east", layout, rssi, T0.AddSeconds(atS), 0);

    private ShopperScene Walk(StoreLayout layout, Func<double, (double A, double B)> rssiAt, double seconds)
    {
        var scene = new ShopperScene("alice", _options);
        for (var t = 0; t < seconds; t++)
        {
            var (a, b) = rssiAt(t);
            scene.Apply(At(layout, "scan-a", a, t), _out);
            scene.Apply(At(layout, "scan-b", b, t), _out);
            scene.Advance(Ticks(t), _out);
        }

        return scene;
    }

    [Theory]
    [InlineData("position", false)]
    [InlineData("fingerprint", true)]
    public void Apply_EquallyHeardByBothScanners_IsInTheZoneBetweenThem(string method, bool fingerprints)
    {
        var scene = Walk(Corridor(method, fingerprints), _ => (-75, -75.5), 10);

        Assert.True(scene.InStore);
        Assert.Equal("middle", scene.Zone);
    }

    [Fact]
    public void Apply_StrongestMethod_CanOnlyNameZonesWithAScanner()
    {
        var scene = Walk(Corridor("strongest"), _ => (-75, -75.5), 10);

        Assert.Equal("west", scene.Zone);
    }

    [Theory]
    [InlineData("strongest", false)]
    [InlineData("position", false)]
    [InlineData("fingerprint", true)]
    public void Apply_WalkFromWestToEast_MovesOnceToEastWithReasonNamingTheMethod(string method, bool fingerprints)
    {
        var layout = Corridor(method, fingerprints);
        var scene = Walk(layout, t => t < 20 ? (-58, -92) : (-92, -58), 40);

        var moves = _out.Where(c => c.Kind == SceneChangeKind.ZoneChanged).ToList();
        Assert.Equal("east", scene.Zone);
        Assert.Equal("east", moves[^1].Zone);
        Assert.InRange(moves.Count, 1, 2); // straight through the middle zone at most
        Assert.InRange((moves[^1].At - T0).TotalSeconds, 20, 35);
        Assert.Contains(moves[^1].Reasons, r => r.Contains("dB", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_ClearMove_SwitchesWithinSecondsNotTens()
    {
        var scene = Walk(Corridor("strongest"), t => t < 10 ? (-60, -85) : (-85, -60), 30);

        var moved = Assert.Single(_out, c => c.Kind == SceneChangeKind.ZoneChanged);
        Assert.Equal("east", scene.Zone);
        // A 25 dB swing comes through the clipped smoothing in a few sightings, then gathers its evidence.
        Assert.InRange((moved.At - T0).TotalSeconds, 11, 20);
    }

    [Fact]
    public void Apply_SmallSustainedLeadBelowDrift_NeverSwitches()
    {
        var lead = _options.Zones.ZoneSwitchDriftDb - 0.5;
        var scene = Walk(Corridor("strongest"), t => t < 3 ? (-60, -80) : (-70, -70 + lead), 300);

        Assert.Equal("west", scene.Zone);
        Assert.DoesNotContain(_out, c => c.Kind == SceneChangeKind.ZoneChanged);
    }

    [Fact]
    public void Apply_OneSpikeFromTheOtherZone_DoesNotMoveTheShopper()
    {
        var scene = Walk(Corridor("strongest"), t => t == 10 ? (-70, -40) : (-62, -80), 30);

        Assert.Equal("west", scene.Zone);
        Assert.DoesNotContain(_out, c => c.Kind == SceneChangeKind.ZoneChanged);
    }

    [Fact]
    public void Apply_FaintSightingsInStore_MoveTheZoneButAreNoPresence()
    {
        // Heard well at the west scanner, then only faintly (below the presence threshold) anywhere: the faint
        // sightings still say the shopper is nearer east, yet they are no evidence of being in the store.
        var faint = _options.Presence.PresenceThresholdDbm - 3;
        var scene = Walk(Corridor("position"), t => t < 5 ? (-60, -80) : (faint - 8, faint), 5 + (int)_options.Presence.ExitAfterSignalLoss.TotalSeconds + 2);

        Assert.Contains(_out, c => c.Kind == SceneChangeKind.ZoneChanged && c.Zone != "west");
        Assert.Contains(_out, c => c.Kind == SceneChangeKind.LeftSignalLost);
        Assert.False(scene.InStore);
    }

    [Theory]
    [InlineData("position", false)]
    [InlineData("fingerprint", true)]
    public void Apply_SteadySightingsWithALayout_AllocateNothingPerSignal(string method, bool fingerprints)
    {
        var layout = Corridor(method, fingerprints);
        var tracker = new SceneTracker(_options);
        var signals = Enumerable.Range(0, 1000).SelectMany(i => new[]
        {
            SceneSignals.Sighting($"sh{i}", "s1", "scan-a", "west", layout, -62 - (i % 10), T0, 0),
            SceneSignals.Sighting($"sh{i}", "s1", "scan-b", "east", layout, -80 + (i % 10), T0, 0),
        }).ToArray();
        void Run(int from, int to)
        {
            for (var round = from; round < to; round++)
            {
                foreach (var s in signals)
                {
                    tracker.Apply(s with { AtTicks = s.AtTicks + TimeSpan.FromSeconds(round).Ticks }, _out);
                }
            }
        }

        Run(0, 30); // enter, settle in a zone, start dwelling, jit
        _out.Clear();
        var before = GC.GetAllocatedBytesForCurrentThread();
        Run(30, 35);

        Assert.Empty(_out);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < signals.Length * 5, $"{allocated} bytes allocated over {signals.Length * 5} signals");
    }

    [Fact]
    public void Apply_PositionStoreWithABeaconHeardByThePhone_BeaconPullsThePositionToItsZone()
    {
        // The middle zone has no scanner, only a beacon the phone hears close by; the scanners hear the shopper faintly.
        var store = new StoreSpec
        {
            Id = "s1",
            ZoneMethod = "position",
            Zones = [new ZoneSpec { Id = "west", X = 0 }, new ZoneSpec { Id = "middle", X = 10 }, new ZoneSpec { Id = "east", X = 20 }],
            Scanners = [new ScannerSpec { Device = "scan-a", Zone = "west", X = 0 }, new ScannerSpec { Device = "scan-b", Zone = "east", X = 20 }],
            Beacons = [new BeaconSpec { Beacon = "b1", Adv = "uuid:1:1", Zone = "middle", X = 10 }],
        };
        var record = StoreRecords.From(store);
        Assert.Null(StoreLayout.Validate(record, StoreRecords.Sources(store)));
        var layout = StoreLayout.Of(record, StoreRecords.Scanners(store), StoreRecords.Beacons(store));
        var scene = new ShopperScene("alice", _options);
        for (var t = 0; t < 10; t++)
        {
            scene.Apply(At(layout, "scan-a", -78, t), _out);
            scene.Apply(At(layout, "scan-b", -88, t), _out);
            scene.Apply(SceneSignals.Sighting("alice", "s1", BeaconPlacement.SlotPrefix + "b1", "middle", layout, -55, T0.AddSeconds(t), 0), _out);
        }

        Assert.True(scene.InStore);
        Assert.Equal("middle", scene.Zone);
    }

    [Fact]
    public void Validate_FingerprintNamingABeacon_IsAcceptedWithItsSlotName()
    {
        var store = new StoreSpec
        {
            Id = "s1",
            ZoneMethod = "fingerprint",
            Zones = [new ZoneSpec { Id = "west", Fingerprint = new() { ["scan-a"] = -60, ["beacon:b1"] = -70 } }],
            Scanners = [new ScannerSpec { Device = "scan-a", Zone = "west" }],
            Beacons = [new BeaconSpec { Beacon = "b1", Adv = "uuid:1:1", Zone = "west" }],
        };

        Assert.Null(StoreLayout.Validate(StoreRecords.From(store), StoreRecords.Sources(store)));
        Assert.Contains("names scanner 'beacon:b1'", StoreLayout.Validate(StoreRecords.From(store), ["scan-a"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FingerprintMethodWithoutFingerprints_NamesTheZone()
    {
        var store = new StoreSpec { Id = "s1", ZoneMethod = "fingerprint", Zones = [new ZoneSpec { Id = "west" }], Scanners = [new ScannerSpec { Device = "scan-a", Zone = "west" }] };

        var error = StoreLayout.Validate(StoreRecords.From(store), ["scan-a"]);

        Assert.Contains("zone 'west' has none", error, StringComparison.Ordinal);
    }
}

using ScenarioEdge.Provisioning;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulator.Tests.Scenarios;

/// <summary>The gateway's reading of a scenario file (the provisioning contract) against the simulator's.</summary>
public sealed class StoreFileLoaderTests
{
    private const string Minimal = """
        name: t
        seed: 3
        store:
          id: s1
          zones: [ { id: entrance, x: 0, y: 0 } ]
          scanners: [ { device: door-1, zone: entrance, x: 1, y: 0 } ]
          radio: { noiseDb: 3, advertsPerSecond: 5 }
          shelves:
            - device: shelf-1
              zone: entrance
              noiseGrams: 2.5
              sampleRateHz: 80
              lanes: [ { sku: cola-330, unitGrams: 350, stock: 4 } ]
        shoppers:
          - id: a
            install: app-a
            journey: [ { at: 1, in: entrance }, { at: 9, in: outside } ]
        expect: [ { push: welcome, to: a, withinS: 10 } ]
        """;

    public static TheoryData<string> ShippedScenarios =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "scenarios"), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void LoadFile_EveryShippedScenario_GivesTheStoreTheSimulatorReads(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "scenarios", name);

        var file = StoreFileLoader.LoadFile(path);
        var scenario = ScenarioLoader.LoadFile(path);

        Assert.Equal(scenario.Name, file.Name);
        Assert.Equal(Describe(scenario.Store), Describe(file.Store));
    }

    [Fact]
    public void Parse_SimulatorSections_AcceptedButNotRead()
    {
        // A journey into a zone the store lacks is the simulator's problem, not the provisioning's.
        var yaml = Minimal.Replace("{ at: 1, in: entrance }", "{ at: 1, in: drinks }", StringComparison.Ordinal);

        var file = StoreFileLoader.Parse(yaml);

        Assert.Equal(["door-1"], file.Store.Scanners.Select(s => s.Device));
        Assert.IsNotType<SimulatedShelf>(Assert.Single(file.Store.Shelves));
        Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml));
    }

    [Fact]
    public void ScenarioLoader_ShelfKeys_ReadIntoTheSimulatorsLoadCellModel()
    {
        var shelf = SimulatedShelf.Of(Assert.Single(ScenarioLoader.Parse(Minimal).Store.Shelves));

        Assert.Equal(2.5, shelf.NoiseGrams);
        Assert.Equal(80, shelf.SampleRateHz);
        Assert.Equal(0.5, shelf.DriftGramsPerMinute);
    }

    [Theory]
    [InlineData("  radio:", "  colour: blue\n  radio:", "colour")]
    [InlineData("noiseGrams: 2.5", "noiseGram: 2.5", "noiseGram")]
    [InlineData("seed: 3", "seed: 3\nshopper: []", "shopper")]
    [InlineData("zones: [ { id: entrance,", "zones: [ { id: entrance, dwell: 4,", "dwell")]
    public void Parse_UnknownKey_IsAnErrorNamingIt(string find, string replace, string key)
    {
        var yaml = Minimal.Replace(find, replace, StringComparison.Ordinal);

        var ex = Assert.Throws<ScenarioException>(() => StoreFileLoader.Parse(yaml, "my.yaml"));

        Assert.StartsWith("my.yaml: line ", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"'{key}'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zone: entrance, x: 1", "zone: bakery, x: 1", "store.scanners[0].zone: unknown zone 'bakery'")]
    [InlineData("id: s1", "id: s/1", "store.id: 's/1' is not a valid id")]
    [InlineData("device: shelf-1", "device: door-1", "store.shelves[0]: device 'door-1' must be a new device id")]
    [InlineData("unitGrams: 350", "unitGrams: 0", "store.shelves[0].lanes[0]: needs a unique lane id")]
    public void Parse_StoreError_TheSameMessageAsTheSimulator(string find, string replace, string message)
    {
        var yaml = Minimal.Replace(find, replace, StringComparison.Ordinal);

        var gateway = Assert.Throws<ScenarioException>(() => StoreFileLoader.Parse(yaml, "my.yaml"));
        var simulator = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml, "my.yaml"));

        Assert.Contains(message, gateway.Message, StringComparison.Ordinal);
        Assert.Equal(simulator.Message, gateway.Message);
    }

    [Fact]
    public void Parse_EmptyFile_SaysSo()
    {
        var ex = Assert.Throws<ScenarioException>(() => StoreFileLoader.Parse("", "empty.yaml"));

        Assert.Equal("empty.yaml: the file is empty", ex.Message);
    }

    private static string Describe(StoreSpec store) => string.Join(
        "\n",
        $"{store.Id} {store.Name} {store.TimeZone} {store.ZoneMethod}",
        string.Join(",", store.Zones.Select(z => $"{z.Id}@{z.X}/{z.Y} dwell {z.DwellS} fp {z.Fingerprint.Count}")),
        string.Join(",", store.Scanners.Select(s => $"{s.Device}:{s.Zone}@{s.X}/{s.Y} rx {s.RxOffsetDb} w {s.Wearables}")),
        string.Join(",", store.Shelves.Select(s => $"{s.Device}:{s.Zone}@{s.X}/{s.Y} [{string.Join(";", s.Lanes.Select(l => $"{l.LaneId} {l.Sku} {l.UnitGrams} {l.Tolerance} {l.Stock}"))}]")),
        string.Join(",", store.Displays.Select(d => $"{d.Display}:{d.Zone}<{d.HostedBy}")),
        string.Join(",", store.Beacons.Select(b => $"{b.Beacon} {b.Kind} {b.Adv} {b.Zone} {b.RssiAt1m} {b.RxOffsetDb} {b.Registered}")),
        string.Join(",", store.Offers.Select(o => $"{o.Sku} {o.Title} {o.Price} {o.TtlS}")));
}

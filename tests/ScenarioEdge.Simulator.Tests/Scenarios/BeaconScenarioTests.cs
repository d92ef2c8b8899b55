using ScenarioEdge.Provisioning;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulator.Tests.Scenarios;

public sealed class BeaconScenarioTests
{
    private const string WithBeacon = """
        name: t
        store:
          id: s1
          zones: [ { id: entrance, x: 0, y: 0 }, { id: drinks, x: 10, y: 0 } ]
          scanners: [ { device: door-1, zone: entrance, x: 1, y: 0 } ]
          beacons:
            - { beacon: drinks-b1, kind: ibeacon, adv: "u:1:2", zone: drinks, x: 10, y: 0, rssiAt1m: -70 }
        shoppers:
          - id: a
            install: app-a
            journey: [ { at: 1, in: drinks }, { at: 9, in: outside } ]
        """;

    [Fact]
    public void LoadFile_BeaconScenario_HasRegisteredAndForeignBeacons()
    {
        var scenario = ScenarioLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "scenarios", "beacons.yaml"));

        Assert.Equal(["drinks-b1", "bakery-b1"], scenario.Store.Beacons.Where(b => b.Registered).Select(b => b.Beacon));
        Assert.Single(scenario.Store.Beacons, b => !b.Registered);
        Assert.DoesNotContain(scenario.Store.Scanners, s => s.Zone is "drinks" or "bakery");
    }

    [Fact]
    public void Parse_Beacon_ReadsPlacementAndCalibration()
    {
        var beacon = Assert.Single(ScenarioLoader.Parse(WithBeacon).Store.Beacons);

        Assert.Equal(("drinks-b1", "ibeacon", "u:1:2", "drinks", -70, true), (beacon.Beacon, beacon.Kind, beacon.Adv, beacon.Zone, beacon.RssiAt1m, beacon.Registered));
    }

    [Theory]
    [InlineData("kind: ibeacon", "kind: shopperToken", "store.beacons[0].kind: 'shopperToken' is not one of ibeacon, altbeacon, eddystone")]
    [InlineData("zone: drinks, x: 10", "zone: bakery, x: 10", "store.beacons[0].zone: unknown zone 'bakery'")]
    [InlineData("adv: \"u:1:2\"", "adv: \"\"", "store.beacons[0].adv: '' must be 1-128 characters")]
    [InlineData("beacon: drinks-b1", "beacon: drinks b1", "store.beacons[0].beacon: 'drinks b1' is invalid")]
    [InlineData("rssiAt1m: -70", "rssiAt1m: -200", "store.beacons[0]: rssiAt1m must be -127..20 dBm")]
    public void Parse_BadBeacon_NamesTheField(string find, string replace, string message)
    {
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(WithBeacon.Replace(find, replace, StringComparison.Ordinal), "my.yaml"));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }
}

using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Tests.Scenes;

public sealed class BeaconPlacementTests
{
    private static Sighting Heard(int rssi, int? txPower = null) => new() { Adv = "b", Kind = AdvertiserKind.IBeacon, Rssi = rssi, TxPower = txPower, Ts = Signals.T0 };

    [Fact]
    public void Normalise_QuietBeacon_IsBroughtToTheReferenceAtOneMetre()
    {
        var beacon = BeaconPlacement.Of(new BeaconRecord { Store = "s1", Beacon = "b1", Kind = "ibeacon", Adv = "u:1:2", Zone = "drinks", RssiAt1m = -75, RxOffsetDb = 1 })!;

        // Heard at −80 from a beacon that gives −75 at 1 m: as far as a phone heard at −64 by a scanner, plus the offset.
        Assert.Equal(-63, beacon.Normalise(Heard(-80)));
        Assert.Equal(("s1", "drinks", "beacon:b1", AdvertiserKind.IBeacon), (beacon.Store, beacon.Zone, beacon.Slot, beacon.Kind));
    }

    [Fact]
    public void Normalise_NoConfiguredCalibration_UsesTheAdvertisedTxPower()
    {
        var beacon = BeaconPlacement.Of(new BeaconRecord { Store = "s1", Beacon = "b1", Kind = "eddystone", Adv = "ns", Zone = "z" })!;

        Assert.Equal(-70, beacon.Normalise(Heard(-81, txPower: -70)));
        Assert.Equal(-81, beacon.Normalise(Heard(-81)));
    }

    [Fact]
    public void Of_KindThatIsNoBeaconFormat_IsNull() =>
        Assert.Null(BeaconPlacement.Of(new BeaconRecord { Store = "s1", Beacon = "b1", Kind = "shopperToken", Adv = "x", Zone = "z" }));
}

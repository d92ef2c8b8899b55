using Microsoft.Extensions.Time.Testing;
using ScenarioEdge.EdgeAgent.Ble;
using ScenarioEdge.EdgeAgent.Decoding;
using ScenarioEdge.EdgeAgent.Health;
using ScenarioEdge.EdgeAgent.Tests.Support;
using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Tests.Shared;

namespace ScenarioEdge.EdgeAgent.Tests.Ble;

public sealed class SightingsAggregatorTests : IDisposable
{
    private static readonly byte[] SpecIrk = Convert.FromHexString("ec0234a357c8ad05341010a60a397d9b");
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly RpaResolver resolver = new([KeyValuePair.Create("hr-strap-7", SpecIrk)]);
    private readonly BleSettings settings = new(new BleTuning { RssiWindow = 5, ForgetAfter = TimeSpan.FromSeconds(30) });
    private readonly Dictionary<string, int> calibration = new(StringComparer.OrdinalIgnoreCase);

    public void Dispose() => resolver.Dispose();

    [Fact]
    public void Collect_IBeaconWithOneDeepFade_SmoothedRssiIgnoresTheFade()
    {
        var aggregator = Create();
        foreach (var rssi in new sbyte[] { -60, -61, -59, -92, -60 })
        {
            Observe(aggregator, 0xC0FFEE001122, 0, rssi, Adverts.IBeacon);
        }

        var sighting = Assert.Single(aggregator.Collect(time.GetUtcNow()));

        Assert.Equal("e2c56db5-dffb-48d2-b060-d0f5a71096e0:1:2", sighting.Adv);
        Assert.Equal(AdvertiserKind.IBeacon, sighting.Kind);
        Assert.Equal(-60, sighting.Rssi);
        Assert.Equal(-60.0, sighting.RssiSmoothed);
        Assert.Equal(-59, sighting.TxPower);
        Assert.Equal(5, sighting.Count);
    }

    [Fact]
    public void Collect_ReceiveOffsetAndCalibratedReference_AreApplied()
    {
        settings.Apply(settings.Current with { RxOffsetDb = 4 });
        calibration["e2c56db5-dffb-48d2-b060-d0f5a71096e0:1:2"] = -65;
        var aggregator = Create();
        Observe(aggregator, 0xC0FFEE001122, 0, -70, Adverts.IBeacon);

        var sighting = Assert.Single(aggregator.Collect(time.GetUtcNow()));

        Assert.Equal(-66, sighting.Rssi);
        Assert.Equal(-66.0, sighting.RssiSmoothed);
        Assert.Equal(-65, sighting.TxPower);
    }

    [Fact]
    public void Collect_AdvertiserSilentBeyondForgetTime_IsForgotten()
    {
        var aggregator = Create();
        Observe(aggregator, 0xC0FFEE001122, 0, -70, Adverts.IBeacon);
        aggregator.Collect(time.GetUtcNow());

        time.Advance(TimeSpan.FromSeconds(31));

        Assert.Empty(aggregator.Collect(time.GetUtcNow()));
        Assert.Equal(0, aggregator.Count);
    }

    [Fact]
    public void Collect_SilentWithinForgetTime_IsRememberedButNotRepublished()
    {
        var aggregator = Create();
        Observe(aggregator, 0xC0FFEE001122, 0, -70, Adverts.IBeacon);
        aggregator.Collect(time.GetUtcNow());

        time.Advance(TimeSpan.FromSeconds(10));

        Assert.Empty(aggregator.Collect(time.GetUtcNow()));
        Assert.Equal(1, aggregator.Count);
    }

    [Fact]
    public void Collect_ShopperPhoneRotatingItsAddress_IsOneSightingWithOpaqueToken()
    {
        var aggregator = Create();
        Observe(aggregator, 0x4A0000000001, 1, -70, Adverts.ShopperToken);
        Observe(aggregator, 0x4A0000000002, 1, -72, Adverts.ShopperToken);

        var sighting = Assert.Single(aggregator.Collect(time.GetUtcNow()));

        Assert.Equal(AdvertiserKind.ShopperToken, sighting.Kind);
        Assert.Equal(Adverts.Token, sighting.Adv);
        Assert.Equal(2, sighting.Count);
    }

    [Fact]
    public void Collect_PhonesSharingAVendorPrefix_AreNeverMergedNorTreatedAsShoppers()
    {
        settings.Apply(settings.Current with { PublishUnknown = true });
        var aggregator = Create();
        Observe(aggregator, 0x5A0000000001, 1, -70, Adverts.AppleNearby);
        Observe(aggregator, 0x5A0000000002, 1, -80, Adverts.AppleNearby);

        var sightings = aggregator.Collect(time.GetUtcNow());

        Assert.Equal(2, sightings.Count);
        Assert.All(sightings, s => Assert.Equal(AdvertiserKind.Unknown, s.Kind));
        Assert.Equal(["5A:00:00:00:00:01", "5A:00:00:00:00:02"], sightings.Select(s => s.Adv).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Collect_UnknownAdvertsByDefault_AreNotPublished()
    {
        var aggregator = Create();
        Observe(aggregator, 0x5A0000000001, 1, -70, Adverts.AppleNearby);

        Assert.Empty(aggregator.Collect(time.GetUtcNow()));
    }

    [Fact]
    public void Collect_PrivateAddressOfRegisteredWearable_IsPublishedUnderItsName()
    {
        var aggregator = Create();
        Observe(aggregator, 0x7081940DFBAA, 1, -66, Adverts.Generic);

        var sighting = Assert.Single(aggregator.Collect(time.GetUtcNow()));

        Assert.Equal(AdvertiserKind.Wearable, sighting.Kind);
        Assert.Equal("hr-strap-7", sighting.Adv);
    }

    [Fact]
    public void Observe_SteadyStateKnownAdvertisers_AllocatesNothing()
    {
        var aggregator = Create();
        string[] adverts = [Adverts.IBeacon, Adverts.EddystoneUid, Adverts.ShopperToken, Adverts.AltBeacon];
        var data = adverts.Select(Adverts.Bytes).ToArray();
        for (var i = 0; i < 100; i++)
        {
            Observe(aggregator, 0x4A0000000001, 1, -70, data[i % data.Length]);
        }

        var allocated = Allocations.LeastPerBatch(() =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                Observe(aggregator, 0x4A0000000001, 1, (sbyte)(-60 - (i % 30)), data[i % data.Length]);
            }
        });

        Assert.Equal(0, allocated);
    }

    private SightingsAggregator Create() =>
        new(settings, resolver, calibration, ShopperTokenFrame.DefaultServiceUuid, new AgentHealth());

    private void Observe(SightingsAggregator aggregator, ulong address, byte addressType, sbyte rssi, string hex) =>
        Observe(aggregator, address, addressType, rssi, Adverts.Bytes(hex));

    private void Observe(SightingsAggregator aggregator, ulong address, byte addressType, sbyte rssi, byte[] data) =>
        aggregator.Observe(new AdvertReport(address, addressType, rssi, data), time.GetUtcNow().UtcTicks);
}

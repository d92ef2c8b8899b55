using System.Text;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Protocol.Tests;

public sealed class ProtocolCodecTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 24, 8, 0, 0, TimeSpan.FromHours(1));

    public static TheoryData<ProtocolMessage> Messages => new()
    {
        new SightingsBatch
        {
            Id = "b-1", Ts = T,
            Sightings =
            [
                new Sighting { Adv = "00112233445566778899aabbccddeeff", Kind = AdvertiserKind.ShopperToken, Rssi = -61, RssiSmoothed = -63.5, Count = 4, Ts = T },
                new Sighting { Adv = "f7826da6-4fa2-4e98-8024-bc5b71e0893e:1:2", Kind = AdvertiserKind.IBeacon, Rssi = -80, TxPower = -59, Ts = T },
            ],
        },
        new ShelfEvent { Id = "s-1", Ts = T, Kind = ShelfEventKind.Pick, Lane = "lane-1", Sku = "sku-42", Count = 2, DeltaGrams = -661.2, BeforeGrams = 3305, AfterGrams = 2643.8, Confidence = 0.97 },
        new ShelfEvent { Id = "s-2", Ts = T, Kind = ShelfEventKind.PresenceOn, Sensor = "pir-1" },
        new WearableSample { Id = "w-1", Ts = T, Adv = "hr-strap-7", Profile = WearableProfile.HeartRate, HeartRateBpm = 152, SensorContact = true, RrMs = [394.5, 398.4] },
        new WearableSample { Id = "w-2", Ts = T, Adv = "pod-3", Profile = WearableProfile.RunningSpeedCadence, SpeedMps = 3.2, CadenceSpm = 172, Running = true, StrideM = 1.1 },
        new DeviceStatus { Id = "st-1", Ts = T, State = DeviceState.Online, Version = "1.0.0", UptimeS = 12, AdvertsPerSecond = 830.5, QueueDepth = 3, Dropped = 0, CpuPercent = 12.5, MemoryMb = 41.2 },
        new DeviceConfig { Id = "c-1", Ts = T, PublishIntervalMs = 1000, Scan = new ScanSettings { Active = false, IntervalMs = 100, WindowMs = 50 }, RssiWindow = 9, Lanes = [new LaneConfig { Lane = "lane-1", Sku = "sku-42", UnitGrams = 330.6, ToleranceGrams = 12 }] },
        new DisplayContent { Id = "d-1", Ts = T, Title = "Sports drink", Price = 1.49m, Currency = "EUR", Promotion = "2 for 1 today", Qr = "https://example.invalid/c/abc", TtlS = 120, Campaign = "jog" },
        new AppActivity { Id = "a-1", Ts = T, Activity = PhoneActivity.Running, Confidence = 0.9, SpeedMps = 3.1, AccelStdMps2 = 4.2, SoundDb = 71.5, Store = "store-1", DistanceToStoreM = 120 },
        new AppFeedback { Id = "f-1", Ts = T, PushId = "p-1", Action = FeedbackAction.Opened },
        new AppPush { Id = "p-1", Ts = T, Campaign = "welcome", Title = "Welcome in!", Body = "Offers inside.", Store = "store-1", Reason = "entered" },
        new AppPush
        {
            Id = "p-2", Ts = T, Campaign = "sports", Variant = "b", Title = "Thirsty?", Body = "20% off", DeepLink = "app://offers/sports-500?s=1",
            ImageUrl = "https://cdn.example.com/a.png", Coupon = "K7Q2M9XH4T", Store = "store-1",
        },
        new SceneTransition { Id = "sc-1", Ts = T, State = SceneState.InStore, Previous = SceneState.Commuting, Zone = "drinks", Dwelling = true, Confidence = 0.8, Reasons = ["strongest scanner drinks-1 for 12 s"] },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void EncodeThenDecode_EveryMessage_RoundTripsEqualValues(ProtocolMessage message)
    {
        var json = Encode(message);
        var decoded = Decode(message.GetType(), json);

        Assert.Null(decoded.Error);
        Assert.Equal(Encoding.UTF8.GetString(json), Encoding.UTF8.GetString(Encode(decoded.Message!)));
        Assert.Contains("\"v\":1", Encoding.UTF8.GetString(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_EnumsAndNames_AreCamelCaseStrings()
    {
        var json = Encoding.UTF8.GetString(ProtocolCodec.Encode(new AppActivity { Id = "a", Ts = T, Activity = PhoneActivity.InVehicle, DistanceToStoreM = 5 }));

        Assert.Contains("\"activity\":\"inVehicle\"", json, StringComparison.Ordinal);
        Assert.Contains("\"distanceToStoreM\":5", json, StringComparison.Ordinal);
        Assert.DoesNotContain("speedMps", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_AbsentFieldsWithDefaults_KeepTheDocumentedDefaults()
    {
        var result = ProtocolCodec.Decode<SightingsBatch>(Utf8("""{"id":"b","ts":"2026-11-24T08:00:00Z","sightings":[{"adv":"x","kind":"ibeacon","rssi":-70,"ts":"2026-11-24T08:00:00Z"}]}"""));

        Assert.True(result.Ok, result.Error);
        Assert.Equal(ProtocolVersion.Current, result.Value!.V);
        Assert.Equal(1, result.Value.Sightings[0].Count);
        Assert.Equal(60, ProtocolCodec.Decode<DisplayContent>(Utf8("""{"id":"d","ts":"2026-11-24T08:00:00Z","title":"t"}""")).Value!.TtlS);
    }

    [Theory]
    [InlineData("""{"id":"b","ts":"2026-11-24T08:00:00Z","sightings":[{"adv":"x","kind":"ibeacon","rssi":-200,"ts":"2026-11-24T08:00:00Z"}]}""", DecodeFailure.InvalidField, "sightings[0].rssi")]
    [InlineData("""{"id":"b c","ts":"2026-11-24T08:00:00Z"}""", DecodeFailure.InvalidField, "id:")]
    [InlineData("""{"id":"b","sightings":[]}""", DecodeFailure.MalformedJson, "'ts'")]
    [InlineData("""{"id":"b","ts":"yesterday"}""", DecodeFailure.MalformedJson, "$.ts")]
    [InlineData("""{"id":"b","ts":"2026-11-24T08:00:00Z","sightings":null}""", DecodeFailure.MalformedJson, "sightings")]
    [InlineData("""{"v":9,"id":"b","ts":"2026-11-24T08:00:00Z"}""", DecodeFailure.UnsupportedVersion, "unsupported schema version 9")]
    [InlineData("""[1,2,3]""", DecodeFailure.MalformedJson, "SightingsBatch")]
    [InlineData("""null""", DecodeFailure.MalformedJson, "JSON null")]
    [InlineData("""{"id":"b","ts":"2026-11-24T08:00:00Z","sightings":[{"adv":"x","kind":"ibeacon","rssi":"loud","ts":"2026-11-24T08:00:00Z"}]}""", DecodeFailure.MalformedJson, "$.sightings[0].rssi")]
    public void Decode_BadSightingsBatch_FailsNamingTheField(string json, DecodeFailure failure, string named)
    {
        var result = ProtocolCodec.Decode<SightingsBatch>(Utf8(json));

        Assert.False(result.Ok);
        Assert.Equal(failure, result.Failure);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":"s","ts":"2026-11-24T08:00:00Z","kind":"pick"}""", "lane:")]
    [InlineData("""{"id":"s","ts":"2026-11-24T08:00:00Z","kind":"presenceOn","lane":"l1"}""", "sensor:")]
    [InlineData("""{"id":"s","ts":"2026-11-24T08:00:00Z","kind":"put","lane":"l1","confidence":1.5}""", "confidence:")]
    public void Decode_BadShelfEvent_FailsNamingTheField(string json, string named)
    {
        var result = ProtocolCodec.Decode<ShelfEvent>(Utf8(json));

        Assert.Equal(DecodeFailure.InvalidField, result.Failure);
        Assert.StartsWith(named, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":"p","ts":"2026-11-24T08:00:00Z","campaign":"c","title":"t","body":"b","deepLink":"javascript://alert(1)"}""", "deepLink: scheme 'javascript'")]
    [InlineData("""{"id":"p","ts":"2026-11-24T08:00:00Z","campaign":"c","title":"t","body":"b","deepLink":"offers/coffee"}""", "deepLink: not an absolute URI")]
    [InlineData("""{"id":"p","ts":"2026-11-24T08:00:00Z","campaign":"c","title":"t","body":"b","imageUrl":"http://cdn.example.com/a.png"}""", "imageUrl: must be an https URL")]
    [InlineData("""{"id":"p","ts":"2026-11-24T08:00:00Z","campaign":"c","title":"t","body":"b","imageUrl":"data://image/png;base64,AAAA"}""", "imageUrl: scheme 'data'")]
    public void Decode_PushWithUnsafeLinkOrImage_FailsNamingTheField(string json, string named)
    {
        var result = ProtocolCodec.Decode<AppPush>(Utf8(json));

        Assert.Equal(DecodeFailure.InvalidField, result.Failure);
        Assert.StartsWith(named, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ConfigWithWindowLongerThanInterval_FailsNamingScanWindow()
    {
        var result = ProtocolCodec.Decode<DeviceConfig>(Utf8("""{"id":"c","ts":"2026-11-24T08:00:00Z","scan":{"intervalMs":50,"windowMs":100}}"""));

        Assert.Equal(DecodeFailure.InvalidField, result.Failure);
        Assert.Contains("scan.windowMs", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_EmptyAndOversizePayloads_FailWithTheirOwnReasons()
    {
        Assert.Equal(DecodeFailure.Empty, ProtocolCodec.Decode<AppPush>(ReadOnlyMemory<byte>.Empty).Failure);
        var big = new byte[ProtocolCodec.MaxPayloadBytes + 1];
        Assert.Equal(DecodeFailure.Oversize, ProtocolCodec.Decode<AppPush>(big).Failure);
    }

    [Fact]
    public void Decode_RandomBytes_NeverThrows()
    {
        var random = new Random(42);
        var seeds = ((IEnumerable<object[]>)Messages).Select(m => Encode((ProtocolMessage)m[0])).ToArray();
        for (var i = 0; i < 20_000; i++)
        {
            // Mutate real payloads (flip, cut, splice) and throw in pure noise.
            var source = seeds[i % seeds.Length];
            var bytes = i % 5 == 0 ? RandomBytes(random, random.Next(0, 200)) : Mutate(source, random);
            var result = ProtocolCodec.Decode<SightingsBatch>(bytes);
            Assert.True(result.Ok || result.Error is not null);
            _ = ProtocolCodec.Decode<WearableSample>(bytes);
            _ = ProtocolCodec.Decode<DeviceConfig>(bytes);
        }
    }

    private static byte[] Mutate(byte[] source, Random random)
    {
        var copy = source.ToArray();
        for (var k = random.Next(1, 4); k > 0; k--)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return random.Next(3) == 0 ? copy[..random.Next(copy.Length)] : copy;
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static byte[] Encode(ProtocolMessage message) => message switch
    {
        SightingsBatch m => ProtocolCodec.Encode(m),
        ShelfEvent m => ProtocolCodec.Encode(m),
        WearableSample m => ProtocolCodec.Encode(m),
        DeviceStatus m => ProtocolCodec.Encode(m),
        DeviceConfig m => ProtocolCodec.Encode(m),
        DisplayContent m => ProtocolCodec.Encode(m),
        AppActivity m => ProtocolCodec.Encode(m),
        AppFeedback m => ProtocolCodec.Encode(m),
        AppPush m => ProtocolCodec.Encode(m),
        SceneTransition m => ProtocolCodec.Encode(m),
        _ => throw new ArgumentException(message.GetType().Name),
    };

    private static (ProtocolMessage? Message, string? Error) Decode(Type type, byte[] json) => type.Name switch
    {
        nameof(SightingsBatch) => Unpack(ProtocolCodec.Decode<SightingsBatch>(json)),
        nameof(ShelfEvent) => Unpack(ProtocolCodec.Decode<ShelfEvent>(json)),
        nameof(WearableSample) => Unpack(ProtocolCodec.Decode<WearableSample>(json)),
        nameof(DeviceStatus) => Unpack(ProtocolCodec.Decode<DeviceStatus>(json)),
        nameof(DeviceConfig) => Unpack(ProtocolCodec.Decode<DeviceConfig>(json)),
        nameof(DisplayContent) => Unpack(ProtocolCodec.Decode<DisplayContent>(json)),
        nameof(AppActivity) => Unpack(ProtocolCodec.Decode<AppActivity>(json)),
        nameof(AppFeedback) => Unpack(ProtocolCodec.Decode<AppFeedback>(json)),
        nameof(AppPush) => Unpack(ProtocolCodec.Decode<AppPush>(json)),
        nameof(SceneTransition) => Unpack(ProtocolCodec.Decode<SceneTransition>(json)),
        _ => throw new ArgumentException(type.Name),
    };

    private static (ProtocolMessage?, string?) Unpack<T>(DecodeResult<T> r)
        where T : ProtocolMessage => (r.Value, r.Error);
}

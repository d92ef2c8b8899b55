using System.Buffers;
using System.Text.Json;
using ScenarioEdge.EdgeAgent.Ble;
using ScenarioEdge.EdgeAgent.Decoding;
using ScenarioEdge.EdgeAgent.Decoding.Gatt;
using ScenarioEdge.EdgeAgent.Tests.Support;

namespace ScenarioEdge.EdgeAgent.Tests.Decoding;

public class DecoderFuzzTests
{
    private static readonly string[] Seeds = [Adverts.IBeacon, Adverts.AltBeacon, Adverts.EddystoneUid, Adverts.EddystoneUrl, Adverts.EddystoneTlm, Adverts.EddystoneEid, Adverts.ShopperToken, Adverts.Generic];

    [Fact]
    public void Decoders_RandomAndMutatedBytes_NeverThrow()
    {
        var random = new Random(20_241_124);
        var sink = new CountingSink();
        var buffer = new ArrayBufferWriter<byte>();
        var decoded = 0;
        var gatt = 0;
        for (var i = 0; i < 30_000; i++)
        {
            var data = i % 2 == 0 ? RandomBytes(random) : Mutate(random, Adverts.Bytes(Seeds[random.Next(Seeds.Length)]));
            var identity = AdvertClassifier.Classify(data, ShopperTokenFrame.DefaultServiceUuid);
            decoded += identity.Kind == AdvertKind.Unknown ? 0 : 1;

            buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                AdvertDescriber.Describe(json, data, ShopperTokenFrame.DefaultServiceUuid);
                json.WriteEndObject();
            }

            gatt += HeartRateMeasurement.TryParse(data, out _) ? 1 : 0;
            gatt += RscMeasurement.TryParse(data, out _) ? 1 : 0;
            gatt += CscMeasurement.TryParse(data, out _) ? 1 : 0;
            HciEventParser.ParseAdvertisingReports([0x04, 0x3E, .. data], sink, out _);
            HciEventParser.ParseAdvertisingReports(data, sink, out _);
            gatt += HciEventParser.TryParseCommandComplete(data, out _, out _) ? 1 : 0;
        }

        Assert.True(decoded > 1_000, $"mutated seeds should often still decode, got {decoded}");
        Assert.True(gatt > 0);
    }

    private static byte[] RandomBytes(Random random)
    {
        var data = new byte[random.Next(0, 80)];
        random.NextBytes(data);
        return data;
    }

    private static byte[] Mutate(Random random, byte[] data)
    {
        var flips = random.Next(0, 4);
        for (var f = 0; f < flips; f++)
        {
            data[random.Next(data.Length)] = (byte)random.Next(256);
        }

        return random.Next(4) == 0 ? data[..random.Next(data.Length)] : data;
    }

    private sealed class CountingSink : IAdvertReportSink
    {
        public int Reports { get; private set; }

        public void OnAdvert(in AdvertReport report) => Reports += report.Data.Length >= 0 ? 1 : 0;
    }
}

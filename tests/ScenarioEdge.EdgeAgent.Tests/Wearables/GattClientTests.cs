using ScenarioEdge.EdgeAgent.Wearables.Att;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Tests.Wearables;

public class GattClientTests
{
    [Fact]
    public void Start_HeartRateStrap_SendsTheSpecRequestsInOrderAndEnablesNotifications()
    {
        var sink = new RecordingSink();
        var client = new GattClient(sink);

        var sent = Drive(client, new AttTranscript(StrapTranscripts.HeartRateDiscovery));

        Assert.Equal(new AttTranscript(StrapTranscripts.HeartRateDiscovery).Expected, sent);
        Assert.Equal(GattPhase.Ready, client.Phase);
        Assert.Equal(185, client.Mtu);
        var measurement = Assert.Single(client.Measurements);
        Assert.Equal((WearableProfile.HeartRate, (ushort)0x0010, (ushort?)0x0011, true), (measurement.Profile, measurement.ValueHandle, measurement.CccdHandle, measurement.Enabled));
        Assert.Equal(0, client.Refused);
    }

    [Fact]
    public void OnPdu_NotificationsAfterDiscovery_ReachTheSinkWithTheirProfile()
    {
        var sink = new RecordingSink();
        var client = new GattClient(sink);

        Drive(client, new AttTranscript([.. StrapTranscripts.HeartRateDiscovery, .. StrapTranscripts.HeartRateNotifications]));

        Assert.Equal(["16-48-B2-03", "16-4A-98-03-8E-03", "06-4B"], sink.Values.Select(v => BitConverter.ToString(v.Value)));
        Assert.All(sink.Values, v => Assert.Equal(WearableProfile.HeartRate, v.Profile));
        Assert.Equal(3, client.Delivered);
    }

    [Fact]
    public void Start_FootpodWithoutMtuExchangeAndPagedCharacteristics_StaysAt23AndFindsTheCccd()
    {
        var client = new GattClient(new RecordingSink());

        var sent = Drive(client, new AttTranscript(StrapTranscripts.RunningDiscovery));

        Assert.Equal(new AttTranscript(StrapTranscripts.RunningDiscovery).Expected, sent);
        Assert.Equal((GattPhase.Ready, 23), (client.Phase, client.Mtu));
        Assert.Equal((ushort?)0x000F, Assert.Single(client.Measurements).CccdHandle);
    }

    [Fact]
    public void OnPdu_NotificationBeforeDiscoveryFinishes_IsDeliveredOnceItsHandleIsKnownAndIgnoredBefore()
    {
        var sink = new RecordingSink();
        var client = new GattClient(sink);
        var lines = StrapTranscripts.HeartRateDiscovery.ToList();
        // Before the characteristic is discovered the handle means nothing yet; after, it is the measurement,
        // even though our CCCD write has not been answered (a strap that kept its CCCD notifies at once).
        lines.Insert(3, "< 1B 1000 06 50");
        lines.Insert(lines.IndexOf("< 13"), "< 1B 1000 06 51");

        Drive(client, new AttTranscript([.. lines]));

        Assert.Equal(GattPhase.Ready, client.Phase);
        Assert.Equal(["06-51"], sink.Values.Select(v => BitConverter.ToString(v.Value)));
        Assert.Equal(1, client.Ignored);
    }

    [Fact]
    public void OnPdu_TruncatedAndGarbagePdusDuringDiscovery_AreRefusedCountedAndDiscoveryGoesOn()
    {
        var sink = new RecordingSink();
        var client = new GattClient(sink);
        var lines = StrapTranscripts.HeartRateDiscovery.ToList();
        lines.InsertRange(5,
        [
            "< 1B10",           // notification cut short
            "< FF 0102",        // no such opcode
            "< 13",             // a Write Response nobody asked for
            "< 03 1700",        // an MTU answer to a request long answered
            "< 1D 10",          // indication cut short: refused, but still confirmed
        ]);

        var sent = Drive(client, new AttTranscript([.. lines]));

        Assert.Equal(GattPhase.Ready, client.Phase);
        Assert.Equal(5, client.Refused);
        Assert.Contains("1E", sent);
    }

    [Fact]
    public void OnPdu_SeededRandomBytes_NeverThrowAndAreCounted()
    {
        var random = new Random(1234);
        var client = new GattClient(new RecordingSink());
        client.Start();
        var buffer = new byte[40];
        for (var i = 0; i < 20_000; i++)
        {
            var length = random.Next(buffer.Length);
            random.NextBytes(buffer);
            client.OnPdu(buffer.AsSpan(0, length));
        }

        Assert.True(client.Refused > 0);
    }

    [Theory]
    [InlineData("11 05 0100 0900 00", "Read By Group Type")]            // record length 5 is no layout
    [InlineData("11 06", "Read By Group Type")]                         // no records
    [InlineData("11 06 0100 0900 0018 0A00", "Read By Group Type")]     // half a record
    [InlineData("01 10", "truncated Error Response")]
    [InlineData("01 10 0100 05", "insufficient authentication")]
    public void OnPdu_BadAnswerToServiceDiscovery_FailsNamingWhatWasWrong(string answer, string named)
    {
        var client = new GattClient(new RecordingSink());

        Drive(client, new AttTranscript("> 02 B900", "< 03 E800", "> 10 0100 FFFF 0028", "< " + answer));

        Assert.Equal(GattPhase.Failed, client.Phase);
        Assert.Contains(named, client.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void OnPdu_ServiceHandlesGoingBackwards_FailsInsteadOfLooping()
    {
        var client = new GattClient(new RecordingSink());

        var sent = Drive(client, new AttTranscript(
            "> 02 B900", "< 03 E800",
            "> 10 0100 FFFF 0028", "< 11 06 0100 0900 0018",
            "> 10 0A00 FFFF 0028", "< 11 06 0100 0900 0018"));

        Assert.Equal(GattPhase.Failed, client.Phase);
        Assert.Equal(3, sent.Count);
    }

    [Fact]
    public void OnPdu_CccdWriteNeedsPairing_FailsSayingSo()
    {
        var client = new GattClient(new RecordingSink());
        var lines = StrapTranscripts.HeartRateDiscovery.ToList();
        lines[^1] = "< 01 12 1100 05";

        Drive(client, new AttTranscript([.. lines]));

        Assert.Equal(GattPhase.Failed, client.Phase);
        Assert.Contains("pairing", client.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void OnPdu_IndicateOnlyMeasurement_EnablesIndicationsAndConfirmsEach()
    {
        var sink = new RecordingSink();
        var client = new GattClient(sink);
        var lines = StrapTranscripts.HeartRateDiscovery.Select(l => l
            .Replace("0F00 10 1000 372A", "0F00 20 1000 372A", StringComparison.Ordinal)
            .Replace("> 12 1100 0100", "> 12 1100 0200", StringComparison.Ordinal)).ToList();
        lines.Add("< 1D 1000 06 4C");
        lines.Add("> 1E");

        var sent = Drive(client, new AttTranscript([.. lines]));

        Assert.Equal(new AttTranscript([.. lines]).Expected, sent);
        Assert.Equal(["06-4C"], sink.Values.Select(v => BitConverter.ToString(v.Value)));
    }

    [Fact]
    public void OnPdu_PeerRequestsToUs_AreAnsweredSoThePeerDoesNotTimeOut()
    {
        var client = new GattClient(new RecordingSink());
        client.Start();

        Assert.Equal("03B900", Convert.ToHexString(client.OnPdu(Convert.FromHexString("02F700"))!));
        Assert.Equal("010A030006", Convert.ToHexString(client.OnPdu(Convert.FromHexString("0A0300"))!));
        Assert.Null(client.OnPdu(Convert.FromHexString("52030001")));
        Assert.Equal(GattPhase.ExchangingMtu, client.Phase);
    }

    [Fact]
    public void OnPdu_DeviceWithoutAnyMeasurementService_FailsNamingTheProfiles()
    {
        var client = new GattClient(new RecordingSink());

        Drive(client, new AttTranscript("> 02 B900", "< 03 E800", "> 10 0100 FFFF 0028", "< 11 06 0100 0900 0018 0A00 FFFF 0F18"));

        Assert.Equal(GattPhase.Failed, client.Phase);
        Assert.Contains("no Heart Rate, RSC or CSC", client.Failure, StringComparison.Ordinal);
    }

    /// <summary>Feeds the peer's lines to the client; returns what the client sent, as hex.</summary>
    internal static List<string> Drive(GattClient client, AttTranscript transcript)
    {
        var sent = new List<string> { Convert.ToHexString(client.Start()) };
        foreach (var step in transcript.Steps.Where(s => s.Direction == AttTranscript.Direction.ToClient))
        {
            if (client.OnPdu(step.Bytes) is { } reply)
            {
                sent.Add(Convert.ToHexString(reply));
            }
        }

        return sent;
    }

    internal sealed class RecordingSink : IGattMeasurementSink
    {
        public List<(WearableProfile Profile, byte[] Value)> Values { get; } = [];

        public void OnMeasurement(WearableProfile profile, ReadOnlySpan<byte> value) => Values.Add((profile, value.ToArray()));
    }
}

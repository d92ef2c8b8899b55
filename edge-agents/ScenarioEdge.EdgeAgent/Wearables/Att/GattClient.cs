using System.Buffers.Binary;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Wearables.Att;

/// <summary>
/// A minimal GATT client as a plain state machine, one ATT bearer, one request outstanding at a time: exchanges the
/// MTU, discovers the Heart Rate, RSC and CSC services, their measurement characteristics and CCCDs, enables
/// notifications (or indications), then hands every measurement value to the sink. Bytes in, bytes out: the caller
/// moves them over the L2CAP channel, so tests replay transcripts through it. A PDU it cannot read is refused and
/// counted, never thrown; a malformed answer to its own request fails the connection (<see cref="GattPhase.Failed"/>).
/// </summary>
internal sealed class GattClient(IGattMeasurementSink sink)
{
    /// <summary>Enough for a heart-rate notification with many RR intervals; the kernel's LE ATT buffers take it.</summary>
    public const ushort ClientMtu = 185;
    public const ushort DefaultMtu = 23;

    private readonly GattDiscovery discovery = new();
    private byte pending;

    public GattPhase Phase => discovery.Phase;

    public int Mtu { get; private set; } = DefaultMtu;

    public IReadOnlyList<GattMeasurement> Measurements => discovery.Measurements;

    /// <summary>PDUs refused: truncated, unknown, answers to nothing asked, requests and commands we do not serve.</summary>
    public int Refused { get; private set; }

    /// <summary>Notifications of handles that are not a measurement we know.</summary>
    public int Ignored { get; private set; }

    public int Delivered { get; private set; }

    /// <summary>Why the client failed, naming the PDU; null unless <see cref="Phase"/> is Failed.</summary>
    public string? Failure => discovery.Failure;

    /// <summary>The first request to send once the channel is open.</summary>
    public byte[] Start()
    {
        discovery.Begin();
        return Sent(AttPdus.ExchangeMtu(ClientMtu));
    }

    /// <summary>Takes one PDU from the peer; returns the PDU to send in turn, if any.</summary>
    public byte[]? OnPdu(ReadOnlySpan<byte> pdu)
    {
        if (pdu.IsEmpty)
        {
            return Refuse();
        }

        var opcode = pdu[0];
        switch (opcode)
        {
            case AttOpcode.HandleValueNotification:
                Deliver(pdu);
                return null;
            case AttOpcode.HandleValueIndication:
                // Confirm even what we could not read: an unconfirmed indication stalls the peer's bearer.
                Deliver(pdu);
                return AttPdus.Confirmation;
            case AttOpcode.ExchangeMtuRequest when pdu.Length >= 3:
                Mtu = Negotiated(pdu);
                return AttPdus.ExchangeMtuResponse(ClientMtu);
            case var _ when AttOpcode.IsRequest(opcode):
                Refused++;
                return AttPdus.ErrorResponse(opcode, pdu.Length >= 3 ? BinaryPrimitives.ReadUInt16LittleEndian(pdu[1..]) : (ushort)0, AttError.RequestNotSupported);
            case AttOpcode.ErrorResponse or AttOpcode.ExchangeMtuResponse or AttOpcode.FindInformationResponse
                or AttOpcode.ReadByTypeResponse or AttOpcode.ReadByGroupTypeResponse or AttOpcode.WriteResponse:
                return OnResponse(pdu);
            default:
                return Refuse();
        }
    }

    private byte[]? OnResponse(ReadOnlySpan<byte> pdu)
    {
        var answers = pdu[0] == AttOpcode.ErrorResponse ? (pdu.Length >= 2 ? pdu[1] : (byte)0) : (byte)(pdu[0] - 1);
        if (pending == 0 || answers != pending)
        {
            return Refuse();
        }

        pending = 0;
        if (pdu[0] == AttOpcode.ExchangeMtuResponse && pdu.Length >= 3)
        {
            Mtu = Negotiated(pdu);
        }

        var next = discovery.OnResponse(pdu);
        if (discovery.Phase == GattPhase.Failed)
        {
            Refused++;
        }

        return next is null ? null : Sent(next);
    }

    private void Deliver(ReadOnlySpan<byte> pdu)
    {
        if (pdu.Length < 3)
        {
            Refused++;
            return;
        }

        var handle = BinaryPrimitives.ReadUInt16LittleEndian(pdu[1..]);
        foreach (var measurement in discovery.Measurements)
        {
            // Known once its declaration is read: a strap that starts notifying before our CCCD write is answered
            // (some keep the CCCD across connections) is already heard.
            if (measurement.ValueHandle == handle)
            {
                Delivered++;
                sink.OnMeasurement(measurement.Profile, pdu[3..]);
                return;
            }
        }

        Ignored++;
    }

    private static int Negotiated(ReadOnlySpan<byte> pdu) => Math.Clamp((int)BinaryPrimitives.ReadUInt16LittleEndian(pdu[1..]), DefaultMtu, ClientMtu);

    private byte[]? Refuse()
    {
        Refused++;
        return null;
    }

    private byte[] Sent(byte[] request)
    {
        pending = request[0];
        return request;
    }

    /// <summary>The profile a measurement characteristic UUID belongs to.</summary>
    internal static WearableProfile? ProfileOf(ushort characteristicUuid) => characteristicUuid switch
    {
        GattUuid.HeartRateMeasurement => WearableProfile.HeartRate,
        GattUuid.RscMeasurement => WearableProfile.RunningSpeedCadence,
        GattUuid.CscMeasurement => WearableProfile.CyclingSpeedCadence,
        _ => null,
    };
}

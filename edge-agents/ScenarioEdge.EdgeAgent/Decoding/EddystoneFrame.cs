using System.Buffers.Binary;

namespace ScenarioEdge.EdgeAgent.Decoding;

/// <summary>
/// One Eddystone frame (github.com/google/eddystone protocol specification): service data under UUID 0xFEAA whose
/// first byte is the frame type. Lengths are checked before any field is read.
/// </summary>
internal readonly ref struct EddystoneFrame
{
    public const ushort ServiceUuid = 0xFEAA;

    private EddystoneFrame(ReadOnlySpan<byte> body) => Body = body;

    private ReadOnlySpan<byte> Body { get; }

    public EddystoneFrameType Type => (EddystoneFrameType)Body[0];

    /// <summary>TX power at 0 m (UID, URL, EID); add -41 dB for the usual 1 m reference.</summary>
    public sbyte TxPowerAt0m => (sbyte)Body[1];

    /// <summary>UID: 10-byte namespace followed by the 6-byte instance.</summary>
    public ReadOnlySpan<byte> Uid => Body.Slice(2, 16);

    /// <summary>EID: the 8-byte ephemeral id.</summary>
    public ReadOnlySpan<byte> Eid => Body.Slice(2, 8);

    /// <summary>URL: scheme byte followed by the encoded URL.</summary>
    public ReadOnlySpan<byte> EncodedUrl => Body[2..];

    /// <summary>TLM version: 0 plain, 1 encrypted.</summary>
    public byte TlmVersion => Body[1];

    public ushort BatteryMv => BinaryPrimitives.ReadUInt16BigEndian(Body[2..]);

    /// <summary>Beacon temperature in °C (8.8 fixed point), null when the beacon does not measure it (0x8000).</summary>
    public double? TemperatureC
    {
        get
        {
            var raw = BinaryPrimitives.ReadInt16BigEndian(Body[4..]);
            return raw == short.MinValue ? null : raw / 256.0;
        }
    }

    public uint AdvCount => BinaryPrimitives.ReadUInt32BigEndian(Body[6..]);

    /// <summary>Time since power-on in 0.1 s.</summary>
    public uint UptimeTenths => BinaryPrimitives.ReadUInt32BigEndian(Body[10..]);

    public bool IsPlainTlm => Type == EddystoneFrameType.Tlm && TlmVersion == 0;

    /// <summary>Parses the service data body (after the 2 UUID bytes).</summary>
    public static bool TryParse(ReadOnlySpan<byte> body, out EddystoneFrame frame)
    {
        frame = default;
        if (body.IsEmpty)
        {
            return false;
        }

        var ok = (EddystoneFrameType)body[0] switch
        {
            EddystoneFrameType.Uid => body.Length is 18 or 20,
            EddystoneFrameType.Url => body.Length is >= 3 and <= 20,
            EddystoneFrameType.Tlm => (body.Length >= 2 && body[1] == 0 && body.Length == 14) || (body.Length >= 2 && body[1] == 1 && body.Length == 18),
            EddystoneFrameType.Eid => body.Length == 10,
            _ => false,
        };
        if (ok)
        {
            frame = new EddystoneFrame(body);
        }

        return ok;
    }
}

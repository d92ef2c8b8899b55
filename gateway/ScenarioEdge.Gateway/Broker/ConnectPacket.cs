using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>
/// Just enough of the MQTT CONNECT packet to frame it and to give an MQTT 3.1/3.1.1 client without a client id the one
/// the protocol lets the server assign (as mosquitto does); MQTTnet assigns ids to MQTT 5 clients only.
/// </summary>
public static class ConnectPacket
{
    /// <summary>
    /// Length of the first packet in <paramref name="buffer"/>: 0 while it is incomplete, -1 when the bytes cannot
    /// start an MQTT packet at all (left for MQTTnet to refuse).
    /// </summary>
    public static long Frame(ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        if (!reader.TryRead(out _))
        {
            return 0;
        }

        long remaining = 0;
        for (var shift = 0; shift < 28; shift += 7)
        {
            if (!reader.TryRead(out var b))
            {
                return 0;
            }

            remaining |= (long)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                var total = reader.Consumed + remaining;
                return buffer.Length >= total ? total : 0;
            }
        }

        return -1;
    }

    /// <summary>
    /// When <paramref name="packet"/> (one whole packet) is an MQTT 3.1 or 3.1.1 CONNECT without a client id: with a clean
    /// session, the same packet with <paramref name="clientId"/> in it; without one, null and
    /// <paramref name="refuse"/> set, as the protocol refuses it [MQTT-3.1.3-8] (and MQTTnet would just drop it).
    /// Otherwise null.
    /// </summary>
    public static byte[]? WithClientId(ReadOnlySequence<byte> packet, string clientId, out bool refuse)
    {
        refuse = false;
        var bytes = packet.ToArray();
        if (bytes.Length < 2 || bytes[0] != 0x10)
        {
            return null;
        }

        var header = 1;
        while (header < bytes.Length && (bytes[header] & 0x80) != 0)
        {
            header++;
        }

        header++;
        // Protocol name ("MQTT" or "MQIsdp"), level, flags, keep alive, then the client id's length.
        if (bytes.Length < header + 2)
        {
            return null;
        }

        var nameLength = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(header));
        var level = header + 2 + nameLength;
        var idAt = level + 4;
        if (bytes.Length < idAt + 2 || bytes[level] is not (3 or 4) || BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(idAt)) != 0)
        {
            return null;
        }

        if ((bytes[level + 1] & 0x02) == 0)
        {
            refuse = true;
            return null;
        }

        var id = Encoding.UTF8.GetBytes(clientId);
        var body = new byte[bytes.Length - header + id.Length];
        bytes.AsSpan(header, idAt - header).CopyTo(body);
        BinaryPrimitives.WriteUInt16BigEndian(body.AsSpan(idAt - header), (ushort)id.Length);
        id.CopyTo(body.AsSpan(idAt - header + 2));
        bytes.AsSpan(idAt + 2).CopyTo(body.AsSpan(idAt - header + 2 + id.Length));
        var result = new List<byte>(body.Length + 5) { 0x10 };
        var length = body.Length;
        do
        {
            var b = (byte)(length & 0x7F);
            length >>= 7;
            result.Add(length > 0 ? (byte)(b | 0x80) : b);
        }
        while (length > 0);
        result.AddRange(body);
        return [.. result];
    }

    /// <summary>CONNACK of MQTT 3.1/3.1.1: session not present, 'identifier rejected'.</summary>
    public static ReadOnlyMemory<byte> IdentifierRejected { get; } = new byte[] { 0x20, 0x02, 0x00, 0x02 };
}

using System.Buffers.Binary;

namespace ScenarioEdge.EdgeAgent.Wearables.Att;

/// <summary>Builds the few ATT requests the client sends; all multi-byte fields are little-endian.</summary>
internal static class AttPdus
{
    /// <summary>The confirmation of an indication has no parameters; one shared instance, never written to.</summary>
    public static readonly byte[] Confirmation = [AttOpcode.HandleValueConfirmation];

    public static byte[] ExchangeMtu(ushort clientRxMtu) => OpcodeAndShort(AttOpcode.ExchangeMtuRequest, clientRxMtu);

    public static byte[] ExchangeMtuResponse(ushort serverRxMtu) => OpcodeAndShort(AttOpcode.ExchangeMtuResponse, serverRxMtu);

    public static byte[] ReadByGroupType(ushort start, ushort end, ushort uuid) => RangeAndUuid(AttOpcode.ReadByGroupTypeRequest, start, end, uuid);

    public static byte[] ReadByType(ushort start, ushort end, ushort uuid) => RangeAndUuid(AttOpcode.ReadByTypeRequest, start, end, uuid);

    public static byte[] FindInformation(ushort start, ushort end)
    {
        var pdu = new byte[5];
        pdu[0] = AttOpcode.FindInformationRequest;
        BinaryPrimitives.WriteUInt16LittleEndian(pdu.AsSpan(1), start);
        BinaryPrimitives.WriteUInt16LittleEndian(pdu.AsSpan(3), end);
        return pdu;
    }

    public static byte[] WriteRequest(ushort handle, ushort value)
    {
        var pdu = new byte[5];
        pdu[0] = AttOpcode.WriteRequest;
        BinaryPrimitives.WriteUInt16LittleEndian(pdu.AsSpan(1), handle);
        BinaryPrimitives.WriteUInt16LittleEndian(pdu.AsSpan(3), value);
        return pdu;
    }

    public static byte[] ErrorResponse(byte requestOpcode, ushort handle, byte error)
    {
        var pdu = new byte[5];
        pdu[0] = AttOpcode.ErrorResponse;
        pdu[1] = requestOpcode;
        BinaryPrimitives.WriteUInt16LittleEndian(pdu.AsSpan(2), handle);
        pdu[4] = error;
        return pdu;
    }

    private static byte[] OpcodeAndShort(byte opcode, ushort value)
    {
        var pdu = new byte[3];
        pdu[0] = opcode;
        BinaryPrimitives.WriteUInt16LittleEndian(pdu.AsSpan(1), value);
        return pdu;
    }

    private static byte[] RangeAndUuid(byte opcode, ushort start, ushort end, ushort uuid)
    {
        var pdu = new byte[7];
        pdu[0] = opcode;
        BinaryPrimitives.WriteUInt16LittleEndian(pdu.AsSpan(1), start);
        BinaryPrimitives.WriteUInt16LittleEndian(pdu.AsSpan(3), end);
        BinaryPrimitives.WriteUInt16LittleEndian(pdu.AsSpan(5), uuid);
        return pdu;
    }
}

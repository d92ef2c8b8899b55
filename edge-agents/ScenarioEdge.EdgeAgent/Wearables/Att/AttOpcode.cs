namespace ScenarioEdge.EdgeAgent.Wearables.Att;

/// <summary>ATT PDU opcodes (Core spec Vol 3 Part F, 3.4.8) that the GATT client sends, answers or reads.</summary>
internal static class AttOpcode
{
    public const byte ErrorResponse = 0x01;
    public const byte ExchangeMtuRequest = 0x02;
    public const byte ExchangeMtuResponse = 0x03;
    public const byte FindInformationRequest = 0x04;
    public const byte FindInformationResponse = 0x05;
    public const byte ReadByTypeRequest = 0x08;
    public const byte ReadByTypeResponse = 0x09;
    public const byte ReadByGroupTypeRequest = 0x10;
    public const byte ReadByGroupTypeResponse = 0x11;
    public const byte WriteRequest = 0x12;
    public const byte WriteResponse = 0x13;
    public const byte HandleValueNotification = 0x1B;
    public const byte HandleValueIndication = 0x1D;
    public const byte HandleValueConfirmation = 0x1E;

    /// <summary>
    /// Requests a peer's GATT client may send to us (we have no attributes to serve): each needs an answer, or the
    /// peer's ATT bearer times out after 30 s and drops the link.
    /// </summary>
    public static bool IsRequest(byte opcode) => opcode is 0x02 or 0x04 or 0x06 or 0x08 or 0x0A or 0x0C or 0x0E or 0x10 or 0x12 or 0x16 or 0x18 or 0x20;
}

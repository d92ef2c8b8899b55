namespace ScenarioEdge.EdgeAgent.Decoding;

/// <summary>
/// The shopper app's rotating token (docs/protocol.md, "Shopper tokens"): 16-bit service data under the configured UUID, holding
/// version 0x01, the phone's RSSI at 1 m (signed, 0x7F when unknown) and the 16-byte token. The agent forwards the
/// token as opaque hex; only the gateway can tell whose it is.
/// </summary>
internal readonly ref struct ShopperTokenFrame
{
    public const ushort DefaultServiceUuid = 0xFFF5;
    public const byte Version1 = 0x01;
    public const int TokenLength = 16;
    private const byte UnknownPower = 0x7F;

    private ShopperTokenFrame(ReadOnlySpan<byte> body) => Body = body;

    public ReadOnlySpan<byte> Token => Body.Slice(2, TokenLength);

    /// <summary>RSSI at 1 m the app advertises for this phone model, when it knows it.</summary>
    public sbyte? ReferenceRssi => Body[1] == UnknownPower ? null : (sbyte)Body[1];

    private ReadOnlySpan<byte> Body { get; }

    /// <summary>Parses the service data body (after the 2 UUID bytes).</summary>
    public static bool TryParse(ReadOnlySpan<byte> body, out ShopperTokenFrame frame)
    {
        frame = default;
        if (body.Length != 2 + TokenLength || body[0] != Version1)
        {
            return false;
        }

        frame = new ShopperTokenFrame(body);
        return true;
    }
}

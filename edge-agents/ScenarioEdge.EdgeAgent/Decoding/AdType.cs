namespace ScenarioEdge.EdgeAgent.Decoding;

/// <summary>AD types from the Bluetooth Assigned Numbers (section 2.3) that the decoders read.</summary>
internal static class AdType
{
    public const byte Flags = 0x01;
    public const byte Incomplete16BitUuids = 0x02;
    public const byte Complete16BitUuids = 0x03;
    public const byte Incomplete32BitUuids = 0x04;
    public const byte Complete32BitUuids = 0x05;
    public const byte Incomplete128BitUuids = 0x06;
    public const byte Complete128BitUuids = 0x07;
    public const byte ShortenedLocalName = 0x08;
    public const byte CompleteLocalName = 0x09;
    public const byte TxPowerLevel = 0x0A;
    public const byte ServiceData16 = 0x16;
    public const byte ServiceData32 = 0x20;
    public const byte ServiceData128 = 0x21;
    public const byte ManufacturerData = 0xFF;
}

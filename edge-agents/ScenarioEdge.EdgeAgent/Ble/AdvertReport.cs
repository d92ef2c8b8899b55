namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>One advertising report from an HCI event; the data points into the event buffer.</summary>
internal readonly ref struct AdvertReport(ulong address, byte addressType, sbyte rssi, ReadOnlySpan<byte> data)
{
    public ulong Address { get; } = address;

    /// <summary>0 public, 1 random, 2 public identity, 3 random static identity.</summary>
    public byte AddressType { get; } = addressType;

    public sbyte Rssi { get; } = rssi;

    /// <summary>The AD structures.</summary>
    public ReadOnlySpan<byte> Data { get; } = data;
}

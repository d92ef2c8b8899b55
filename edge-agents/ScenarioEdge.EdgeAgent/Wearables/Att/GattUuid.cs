namespace ScenarioEdge.EdgeAgent.Wearables.Att;

/// <summary>16-bit UUIDs of the attributes the client looks for (Bluetooth Assigned Numbers).</summary>
internal static class GattUuid
{
    public const ushort PrimaryService = 0x2800;
    public const ushort Characteristic = 0x2803;
    public const ushort ClientCharacteristicConfiguration = 0x2902;

    public const ushort HeartRateService = 0x180D;
    public const ushort RunningSpeedCadenceService = 0x1814;
    public const ushort CyclingSpeedCadenceService = 0x1816;

    public const ushort HeartRateMeasurement = 0x2A37;
    public const ushort RscMeasurement = 0x2A53;
    public const ushort CscMeasurement = 0x2A5B;

    /// <summary>Characteristic property bits (Core spec Vol 3 Part G, 3.3.1.1).</summary>
    public const byte PropertyNotify = 0x10;
    public const byte PropertyIndicate = 0x20;
}

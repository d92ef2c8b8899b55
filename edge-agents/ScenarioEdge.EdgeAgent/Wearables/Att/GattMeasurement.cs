using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Wearables.Att;

/// <summary>A measurement characteristic found on the peer, and how far the client got with it.</summary>
internal sealed class GattMeasurement(WearableProfile profile, ushort declarationHandle, ushort valueHandle, byte properties)
{
    public WearableProfile Profile { get; } = profile;

    public ushort DeclarationHandle { get; } = declarationHandle;

    public ushort ValueHandle { get; } = valueHandle;

    public byte Properties { get; } = properties;

    /// <summary>Last handle that can hold this characteristic's descriptors.</summary>
    public ushort EndHandle { get; set; }

    public ushort? CccdHandle { get; set; }

    public bool Enabled { get; set; }

    /// <summary>Why notifications could not be enabled, when they could not.</summary>
    public string? Problem { get; set; }

    /// <summary>Notify when offered (no confirmation round trip), else indicate.</summary>
    public ushort CccdValue => (Properties & GattUuid.PropertyNotify) != 0 ? (ushort)0x0001 : (ushort)0x0002;

    public bool CanNotify => (Properties & (GattUuid.PropertyNotify | GattUuid.PropertyIndicate)) != 0;
}

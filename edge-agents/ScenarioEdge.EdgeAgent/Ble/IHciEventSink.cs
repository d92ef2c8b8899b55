namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>Receives raw HCI event packets (packet type byte 0x04 first) from a scanner.</summary>
public interface IHciEventSink
{
    /// <summary>Called on the scanner's thread for every HCI event packet; must not keep the span.</summary>
    void OnHciEvent(ReadOnlySpan<byte> packet);
}

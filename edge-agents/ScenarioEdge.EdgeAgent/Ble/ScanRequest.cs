using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>What a scanner is asked to do: which adapter, how to bind it, and the LE scan parameters.</summary>
public sealed record ScanRequest(int AdapterIndex, HciChannel Channel, ScanSettings Scan)
{
    public string AdapterName => $"hci{AdapterIndex}";
}

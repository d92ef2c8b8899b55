using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Ingest;

/// <summary>Where ingest hands a till's validated purchase (owned here, so that ingest depends on no stage after it).</summary>
public interface IPurchaseIntake
{
    /// <summary>Records <paramref name="purchase"/>; null when it was recorded (now or before), else why it was refused.</summary>
    string? Record(DeviceRecord device, Purchase purchase, long arrival);
}

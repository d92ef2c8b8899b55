using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Ingest;

/// <summary>Where ingest hands a till's redemption request (owned here, so that ingest depends on no stage after it).</summary>
public interface IRedemptionIntake
{
    /// <summary>Redeems and queues the answer for the till's answers topic.</summary>
    void Redeem(DeviceRecord device, PosRedemption request);
}

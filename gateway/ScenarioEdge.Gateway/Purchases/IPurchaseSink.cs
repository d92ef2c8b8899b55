using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Purchases;

/// <summary>
/// Told of every purchase recorded for the first time (not of replays), right after it was committed. Owned here so
/// that the stages downstream (the campaigns' purchase trigger, points) depend on purchases, not the other way round.
/// </summary>
public interface IPurchaseSink
{
    /// <param name="arrival">TimeProvider timestamp of the message's arrival, for latency measurement.</param>
    void OnPurchase(PurchaseRecord purchase, long arrival);
}

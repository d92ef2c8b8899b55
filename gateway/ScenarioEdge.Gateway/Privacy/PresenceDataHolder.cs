using ScenarioEdge.Gateway.Presence;

namespace ScenarioEdge.Gateway.Privacy;

/// <summary>In-memory presence state: not exported (it lives seconds), but erased at once.</summary>
public sealed class PresenceDataHolder(PresenceEngine presence) : IShopperDataHolder
{
    public string Name => "presence";

    public IReadOnlyList<object> Export(string shopper) => [];

    public int EraseData(string shopper)
    {
        presence.Forget(shopper);
        return 0;
    }

    // Presence state expires by itself after the leave period.
    public int ExpireBefore(DateTime cutoff) => 0;
}

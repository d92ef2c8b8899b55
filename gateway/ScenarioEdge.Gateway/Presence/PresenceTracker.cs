namespace ScenarioEdge.Gateway.Presence;

/// <summary>
/// Presence of every shopper owned by one partition. Single-threaded by contract: only its partition worker calls
/// it. State of shoppers who left, or who never gathered enough evidence, is dropped, so memory follows the shoppers
/// actually present.
/// </summary>
internal sealed class PresenceTracker(PresenceOptions options)
{
    private readonly Dictionary<string, Dictionary<string, ShopperPresence>> _stores = new(StringComparer.Ordinal);
    private readonly List<string> _expired = [];

    /// <summary>Shoppers with state in this partition.</summary>
    public int Count { get; private set; }

    public PresenceTransition? Apply(string store, string shopper, string zone, double rssi, DateTimeOffset at, long arrival)
    {
        if (!_stores.TryGetValue(store, out var shoppers))
        {
            shoppers = new Dictionary<string, ShopperPresence>(StringComparer.Ordinal);
            _stores[store] = shoppers;
        }

        if (!shoppers.TryGetValue(shopper, out var presence))
        {
            if (rssi < options.RssiThresholdDbm)
            {
                return null;
            }

            presence = new ShopperPresence(store, shopper, options);
            shoppers[shopper] = presence;
            Count++;
        }

        return presence.Apply(zone, rssi, at, arrival);
    }

    /// <summary>Advances event time of <paramref name="store"/>; adds the leaves it caused to <paramref name="output"/>.</summary>
    public void Advance(string store, DateTimeOffset watermark, List<PresenceTransition> output)
    {
        if (!_stores.TryGetValue(store, out var shoppers))
        {
            return;
        }

        foreach (var (id, presence) in shoppers)
        {
            if (presence.Advance(watermark) is { } left)
            {
                output.Add(left);
                _expired.Add(id);
            }
            else if (!presence.InStore && watermark - presence.LastEvidence >= options.LeaveAfter)
            {
                _expired.Add(id);
            }
        }

        foreach (var id in _expired)
        {
            shoppers.Remove(id);
            Count--;
        }

        _expired.Clear();
    }

    /// <summary>Forgets everything about <paramref name="shopper"/> (consent withdrawn, erasure).</summary>
    public void Forget(string shopper)
    {
        foreach (var shoppers in _stores.Values)
        {
            if (shoppers.Remove(shopper))
            {
                Count--;
            }
        }
    }

    /// <summary>Current zone of a shopper in a store, null when not in store.</summary>
    public string? ZoneOf(string store, string shopper) =>
        _stores.TryGetValue(store, out var shoppers) && shoppers.TryGetValue(shopper, out var p) && p.InStore ? p.Zone : null;
}

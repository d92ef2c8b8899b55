namespace ScenarioEdge.Campaigns.Limits;

/// <summary>
/// What caps, cooldowns and per-visit limits need to know about one shopper: the sends (only sends: suppressed,
/// deferred and dropped decisions never count) and the last send and dismissal per campaign. Pure state: owned by
/// the shopper's partition, persisted by the host through <see cref="ToSnapshot"/>.
/// </summary>
public sealed class ShopperLimitState(string shopper)
{
    private readonly List<SentEntry> _sent = [];
    private readonly Dictionary<string, CampaignMemory> _campaigns = new(StringComparer.Ordinal);

    public string Shopper { get; } = shopper;

    /// <summary>Sends, oldest first.</summary>
    public IReadOnlyList<SentEntry> Sent => _sent;

    public CampaignMemory? Memory(string campaign) => _campaigns.GetValueOrDefault(campaign);

    public void RecordSent(string campaign, string store, string? visit, DateTimeOffset at, DateTimeOffset? trigger = null)
    {
        var entry = new SentEntry(at, campaign, store, visit, trigger);
        var i = _sent.Count;
        while (i > 0 && _sent[i - 1].At > at)
        {
            i--;
        }

        _sent.Insert(i, entry);
        var memory = Memory(campaign);
        _campaigns[campaign] = new CampaignMemory(campaign, memory?.LastSent > at ? memory.LastSent : at, memory?.LastDismissed);
    }

    /// <summary>Whether the campaign was already sent for a trigger with this event time (a replayed trigger).</summary>
    public bool WasSentFor(string campaign, DateTimeOffset trigger)
    {
        foreach (var e in _sent)
        {
            if (e.Trigger == trigger && e.Campaign == campaign)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The shopper dismissed a message of the campaign (app feedback): the longer cooldown starts now.</summary>
    public void RecordDismissal(string campaign, DateTimeOffset at)
    {
        var memory = Memory(campaign);
        _campaigns[campaign] = new CampaignMemory(campaign, memory?.LastSent, at);
    }

    /// <summary>Forgets sends older than <paramref name="before"/> (the host picks the longest window it uses, plus a day).</summary>
    public void Prune(DateTimeOffset before) => _sent.RemoveAll(e => e.At < before);

    public ShopperLimitSnapshot ToSnapshot() => new(Shopper, [.. _sent], [.. _campaigns.Values.OrderBy(c => c.Campaign, StringComparer.Ordinal)]);

    public static ShopperLimitState FromSnapshot(ShopperLimitSnapshot snapshot)
    {
        var state = new ShopperLimitState(snapshot.Shopper);
        state._sent.AddRange(snapshot.Sent.OrderBy(e => e.At));
        foreach (var c in snapshot.Campaigns)
        {
            state._campaigns[c.Campaign] = c;
        }

        return state;
    }
}

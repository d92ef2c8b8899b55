using System.Text.Json;
using ScenarioEdge.Campaigns.Limits;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// Every shopper's campaign state, owned by the campaign runtime's one worker (no locks): read from LiteDB the first
/// time a shopper is decided about, changed in memory, and written back in batches (<see cref="TakeChanges"/>, <see cref="CampaignWriter"/>), so caps,
/// cooldowns and per-visit counts survive a restart. Sends older than the longest window worth keeping are pruned.
/// </summary>
internal sealed class ShopperLimits(GatewayDatabase database)
{
    private static readonly TimeSpan Keep = TimeSpan.FromDays(91);
    private readonly Dictionary<string, ShopperCampaignState> _states = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dirty = new(StringComparer.Ordinal);

    public int Pending => _dirty.Count;

    public ShopperCampaignState Get(string shopper)
    {
        if (_states.TryGetValue(shopper, out var state))
        {
            return state;
        }

        var record = database.CampaignState.FindById(shopper);
        var limits = record is null
            ? new ShopperLimitState(shopper)
            : ShopperLimitState.FromSnapshot(JsonSerializer.Deserialize(record.Limits, CampaignStateJsonContext.Default.ShopperLimitSnapshot)!);
        state = new ShopperCampaignState(limits);
        _states[shopper] = state;
        return state;
    }

    /// <summary>Marks a shopper held in memory to be written; one never read (no offers consent) is not.</summary>
    public void Changed(string shopper)
    {
        if (_states.ContainsKey(shopper))
        {
            _dirty.Add(shopper);
        }
    }

    /// <summary>Moves every changed shopper's state, serialised now, into <paramref name="batch"/>.</summary>
    public void TakeChanges(DateTimeOffset now, CampaignWriteBatch batch)
    {
        foreach (var shopper in _dirty)
        {
            var state = _states[shopper];
            state.Limits.Prune(now - Keep);
            batch.States[shopper] = new CampaignStateRecord
            {
                Id = shopper,
                Limits = JsonSerializer.Serialize(state.Limits.ToSnapshot(), CampaignStateJsonContext.Default.ShopperLimitSnapshot),
            };
        }

        _dirty.Clear();
    }

    /// <summary>Erasure: the shopper's limits go from memory and from the file.</summary>
    public void Forget(string shopper)
    {
        _states.Remove(shopper);
        _dirty.Remove(shopper);
        database.CampaignState.Delete(shopper);
    }
}

using System.Text.Json;
using ScenarioEdge.Campaigns.Limits;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// Every shopper's campaign state, owned by the campaign runtime's one worker (no locks): read from LiteDB the first
/// time a shopper is decided about, changed in memory, and written back in batches (<see cref="TakeChanges"/>, <see cref="CampaignWriter"/>), so caps,
/// cooldowns and per-visit counts survive a restart. Sends older than the longest window worth keeping are pruned.
/// Memory holds the shoppers decided about lately: a state idle for <see cref="IdleFor"/> whose changes are all
/// written is let go (<see cref="LetGoIdle"/>) and read back from the file when the shopper returns.
/// </summary>
internal sealed class ShopperLimits(GatewayDatabase database, TimeProvider time)
{
    /// <summary>How long a written state stays in memory after its last use.</summary>
    public static readonly TimeSpan IdleFor = TimeSpan.FromHours(1);

    private static readonly TimeSpan Keep = TimeSpan.FromDays(91);
    private readonly Dictionary<string, ShopperCampaignState> _states = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dirty = new(StringComparer.Ordinal);

    public int Pending => _dirty.Count;

    /// <summary>Shoppers whose state is held in memory.</summary>
    public int Held => _states.Count;

    public ShopperCampaignState Get(string shopper)
    {
        if (_states.TryGetValue(shopper, out var state))
        {
            state.LastUsed = time.GetUtcNow();
            return state;
        }

        var record = database.CampaignState.FindById(shopper);
        var limits = record is null
            ? new ShopperLimitState(shopper)
            : ShopperLimitState.FromSnapshot(JsonSerializer.Deserialize(record.Limits, CampaignStateJsonContext.Default.ShopperLimitSnapshot)!);
        state = new ShopperCampaignState(limits) { LastUsed = time.GetUtcNow() };
        _states[shopper] = state;
        return state;
    }

    /// <summary>
    /// Lets go of the states last used before <paramref name="before"/> that have no change waiting. Only when every
    /// batch taken before is written (no write in flight, none failed): the file then holds what memory held, so a
    /// returning shopper reads back the same caps and sends (<c>WasSentFor</c> included).
    /// </summary>
    public int LetGoIdle(DateTimeOffset before)
    {
        var gone = 0;
        foreach (var (shopper, state) in _states)
        {
            if (state.LastUsed < before && !_dirty.Contains(shopper))
            {
                _states.Remove(shopper);
                gone++;
            }
        }

        return gone;
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

using System.Collections.Concurrent;
using System.Collections.Frozen;
using ScenarioEdge.Protocol;

namespace ScenarioEdge.Gateway.Identity;

/// <summary>
/// Rotating advert tokens of one snapshot's shoppers. For each rotation counter every shopper's token is derived once
/// into a frozen map; a sighting is looked up in the map of its event time's counter and its neighbours (look-ahead
/// and look-behind of one period absorb clock skew between phone and gateway). Lookups allocate nothing.
/// </summary>
internal sealed class TokenMaps(IReadOnlyList<(byte[] Key, ShopperIdentity Identity)> shoppers)
{
    private const int CachedCounters = 8;
    private readonly ConcurrentDictionary<long, FrozenDictionary<string, ShopperIdentity>.AlternateLookup<ReadOnlySpan<char>>> _maps = new();
    private readonly Lock _build = new();

    public ShopperIdentity? Resolve(ReadOnlySpan<char> tokenHex, DateTimeOffset eventTime)
    {
        var counter = ShopperTokens.CounterAt(eventTime);
        return Lookup(counter, tokenHex) ?? Lookup(counter - 1, tokenHex) ?? Lookup(counter + 1, tokenHex);
    }

    private ShopperIdentity? Lookup(long counter, ReadOnlySpan<char> tokenHex) =>
        MapFor(counter).TryGetValue(tokenHex, out var identity) ? identity : null;

    // The span lookup is kept with its map: taking it anew per sighting showed up as an allocation per lookup. The
    // build is a method of its own: its lambda's closure would otherwise be allocated on every lookup (32 B each).
    private FrozenDictionary<string, ShopperIdentity>.AlternateLookup<ReadOnlySpan<char>> MapFor(long counter) =>
        _maps.TryGetValue(counter, out var map) ? map : Build(counter);

    private FrozenDictionary<string, ShopperIdentity>.AlternateLookup<ReadOnlySpan<char>> Build(long counter)
    {
        lock (_build)
        {
            if (_maps.TryGetValue(counter, out var map))
            {
                return map;
            }

            var tokens = new Dictionary<string, ShopperIdentity>(shoppers.Count, StringComparer.Ordinal);
            foreach (var (key, identity) in shoppers)
            {
                tokens[ShopperTokens.TokenHex(key, counter)] = identity;
            }

            map = tokens.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            if (_maps.Count >= CachedCounters)
            {
                foreach (var old in _maps.Keys.Where(k => Math.Abs(k - counter) > CachedCounters / 2))
                {
                    _maps.TryRemove(old, out _);
                }
            }

            _maps[counter] = map;
            return map;
        }
    }
}

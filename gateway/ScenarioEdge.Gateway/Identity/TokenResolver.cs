using System.Collections.Concurrent;
using System.Collections.Frozen;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol;

namespace ScenarioEdge.Gateway.Identity;

/// <summary>
/// Resolves rotating advert tokens to pseudonymous shoppers. For each rotation counter it derives every shopper's
/// token once into a frozen map; a sighting is looked up in the map of its event time's counter and its neighbours
/// (look-ahead and look-behind of one period absorb clock skew between phone and gateway). Lookups allocate nothing.
/// </summary>
public sealed class TokenResolver(GatewayDatabase database)
{
    private const int CachedCounters = 8;
    private readonly ConcurrentDictionary<long, FrozenDictionary<string, ShopperIdentity>.AlternateLookup<ReadOnlySpan<char>>> _maps = new();
    private readonly Lock _buildLock = new();
    private IReadOnlyList<(byte[] Key, ShopperIdentity Identity)>? _shoppers;

    /// <summary>Resolves <paramref name="tokenHex"/> seen at <paramref name="eventTime"/>; null when it is nobody we know.</summary>
    public ShopperIdentity? Resolve(ReadOnlySpan<char> tokenHex, DateTimeOffset eventTime)
    {
        var counter = ShopperTokens.CounterAt(eventTime);
        return Lookup(counter, tokenHex) ?? Lookup(counter - 1, tokenHex) ?? Lookup(counter + 1, tokenHex);
    }

    /// <summary>Identity of a shopper by id; null when unknown.</summary>
    public ShopperIdentity? ById(string shopperId) =>
        Shoppers().FirstOrDefault(s => string.Equals(s.Identity.ShopperId, shopperId, StringComparison.Ordinal)).Identity;

    /// <summary>Raised after <see cref="Invalidate"/>: shoppers or their consents changed.</summary>
    public event Action? Changed;

    /// <summary>Forgets every derived map, after shoppers or their consents changed.</summary>
    public void Invalidate()
    {
        lock (_buildLock)
        {
            _shoppers = null;
            _maps.Clear();
        }

        Changed?.Invoke();
    }

    private ShopperIdentity? Lookup(long counter, ReadOnlySpan<char> tokenHex) =>
        MapFor(counter).TryGetValue(tokenHex, out var identity) ? identity : null;

    // The span lookup is kept with its map: taking it anew per sighting showed up as an allocation per lookup.
    private FrozenDictionary<string, ShopperIdentity>.AlternateLookup<ReadOnlySpan<char>> MapFor(long counter)
    {
        if (_maps.TryGetValue(counter, out var map))
        {
            return map;
        }

        lock (_buildLock)
        {
            if (_maps.TryGetValue(counter, out map))
            {
                return map;
            }

            var tokens = new Dictionary<string, ShopperIdentity>(StringComparer.Ordinal);
            foreach (var (key, identity) in Shoppers())
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

    private IReadOnlyList<(byte[] Key, ShopperIdentity Identity)> Shoppers()
    {
        var shoppers = _shoppers;
        if (shoppers is not null)
        {
            return shoppers;
        }

        lock (_buildLock)
        {
            return _shoppers ??= database.Shoppers.FindAll()
                .Where(s => s.TokenKey.Length == ShopperTokens.Length)
                .Select(s => (s.TokenKey, new ShopperIdentity(s.Id, s.Installs, s.Consents.ToFrozenSet(StringComparer.Ordinal))))
                .ToList();
        }
    }
}

using System.Collections.Concurrent;
using ScenarioEdge.Gateway.Presence;

namespace ScenarioEdge.Gateway.Shelves;

/// <summary>
/// Who is in which zone, from the presence stage's transitions (called on the partition workers, hence concurrent).
/// Only shoppers who consented to presence ever get here.
/// </summary>
public sealed class ZoneOccupancy : IPresenceSink
{
    private readonly ConcurrentDictionary<(string Store, string Shopper), string> _zones = new();

    public void OnTransition(PresenceTransition transition)
    {
        ArgumentNullException.ThrowIfNull(transition);
        var key = (transition.Store, transition.Shopper);
        if (transition.Kind == PresenceTransitionKind.Left || transition.Zone is null)
        {
            _zones.TryRemove(key, out _);
        }
        else
        {
            _zones[key] = transition.Zone;
        }
    }

    /// <summary>Shoppers currently in <paramref name="zone"/> of <paramref name="store"/>.</summary>
    public IReadOnlyList<string> ShoppersIn(string store, string zone) =>
        _zones.Where(z => z.Key.Store == store && z.Value == zone).Select(z => z.Key.Shopper).Order(StringComparer.Ordinal).ToList();
}

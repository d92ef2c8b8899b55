using System.Collections.Concurrent;
using ScenarioEdge.Gateway.Scenes;

namespace ScenarioEdge.Gateway.Shelves;

/// <summary>
/// Who is in which zone, from the scene changes (called on the partition workers, hence concurrent).
/// Only shoppers who consented to presence ever get here.
/// </summary>
public sealed class ZoneOccupancy : ISceneChangeSink
{
    private readonly ConcurrentDictionary<(string Store, string Shopper), string> _zones = new();

    public void OnSceneChange(SceneChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Store is not { } store || change.Kind is not (SceneChangeKind.Entered or SceneChangeKind.ZoneChanged or SceneChangeKind.LeftSignalLost or SceneChangeKind.LeftMovedAway))
        {
            return;
        }

        var key = (store, change.Shopper);
        if (change.Kind is SceneChangeKind.LeftSignalLost or SceneChangeKind.LeftMovedAway || change.Zone is null)
        {
            _zones.TryRemove(key, out _);
        }
        else
        {
            _zones[key] = change.Zone;
        }
    }

    /// <summary>Shoppers currently in <paramref name="zone"/> of <paramref name="store"/>.</summary>
    public IReadOnlyList<string> ShoppersIn(string store, string zone) =>
        _zones.Where(z => z.Key.Store == store && z.Value == zone).Select(z => z.Key.Shopper).Order(StringComparer.Ordinal).ToList();
}

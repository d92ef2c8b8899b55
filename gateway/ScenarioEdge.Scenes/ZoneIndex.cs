namespace ScenarioEdge.Scenes;

/// <summary>
/// Which in-store scenes of one partition stand in which zone of which store, updated on every scene change, so a
/// shelf event finds the shoppers at its zone without looking at anybody else. Single-threaded like its tracker.
/// </summary>
internal sealed class ZoneIndex
{
    private readonly Dictionary<(string Store, string Zone), HashSet<ShopperScene>> _zones = [];
    private readonly Dictionary<ShopperScene, (string Store, string Zone)> _where = [];

    /// <summary>Files <paramref name="scene"/> under its current store and zone (or nowhere when it is not in a store).</summary>
    public void Update(ShopperScene scene)
    {
        var inZone = scene is { InStore: true, Store: not null, Zone: not null };
        var now = inZone ? (scene.Store!, scene.Zone!) : default;
        if (_where.TryGetValue(scene, out var was))
        {
            if (inZone && was == now)
            {
                return;
            }

            Remove(scene);
        }

        if (!inZone)
        {
            return;
        }

        if (!_zones.TryGetValue(now, out var set))
        {
            set = [];
            _zones[now] = set;
        }

        set.Add(scene);
        _where[scene] = now;
    }

    public void Remove(ShopperScene scene)
    {
        if (_where.Remove(scene, out var was) && _zones.TryGetValue(was, out var set))
        {
            set.Remove(scene);
            if (set.Count == 0)
            {
                _zones.Remove(was);
            }
        }
    }

    /// <summary>The scenes in <paramref name="zone"/> of <paramref name="store"/>; empty when none.</summary>
    public IReadOnlyCollection<ShopperScene> In(string store, string zone) =>
        _zones.TryGetValue((store, zone), out var set) ? set : [];
}

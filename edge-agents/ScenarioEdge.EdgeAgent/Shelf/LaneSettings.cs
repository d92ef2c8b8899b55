using System.Collections.Frozen;
using ScenarioEdge.EdgeAgent.Config;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Shelf;

/// <summary>
/// What each lane of this shelf holds right now: the local <c>Shelf:Lanes</c>, overridden by the retained device
/// config's <c>lanes</c>. A lane loop reads <see cref="Current"/> per sample (one volatile read of a frozen map), so a
/// new SKU or unit weight takes effect at the next reading without restarting the lane or losing its baseline.
/// </summary>
internal sealed class LaneSettings : IDeviceConfigTarget
{
    private readonly FrozenDictionary<string, LaneConfig> _local;
    private volatile FrozenDictionary<string, LaneConfig> _current;

    public LaneSettings(IEnumerable<LaneOptions> local)
    {
        _local = local.ToFrozenDictionary(
            l => l.Lane,
            l => new LaneConfig { Lane = l.Lane, Sku = l.Sku, UnitGrams = l.UnitGrams, ToleranceGrams = l.ToleranceGrams },
            StringComparer.Ordinal);
        _current = _local;
    }

    public string Name => "config.lanes";

    /// <summary>The configuration of lane <paramref name="lane"/> in force.</summary>
    public LaneConfig Current(string lane) => _current[lane];

    /// <summary>
    /// Takes the config's lanes when every one of them names a lane wired on this device, once. The protocol has
    /// already checked each lane's fields; a lane this device does not have means the config was meant for another
    /// shelf, so the whole set is refused rather than half applied. Lanes the config leaves out, or a config without
    /// lanes, fall back to the local settings.
    /// </summary>
    public string? Apply(DeviceConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.Lanes is not { } lanes)
        {
            _current = _local;
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lane in lanes)
        {
            if (!_local.ContainsKey(lane.Lane))
            {
                return $"lanes: lane '{lane.Lane}' is not wired on this device (lanes here: {string.Join(", ", _local.Keys.Order(StringComparer.Ordinal))}); kept the lanes in force";
            }

            if (!seen.Add(lane.Lane))
            {
                return $"lanes: lane '{lane.Lane}' appears twice; kept the lanes in force";
            }
        }

        var merged = new Dictionary<string, LaneConfig>(_local, StringComparer.Ordinal);
        foreach (var lane in lanes)
        {
            merged[lane.Lane] = lane;
        }

        _current = merged.ToFrozenDictionary(StringComparer.Ordinal);
        return null;
    }
}

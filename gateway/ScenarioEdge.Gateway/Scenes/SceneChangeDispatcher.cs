using System.Threading.Channels;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Scenes;

/// <summary>
/// Hands each scene change on: to the scene sinks (zone occupancy, the campaign trigger stream) at once on the partition
/// worker, then, through <see cref="SceneBroadcaster"/> off the hot path, to the timeline in LiteDB and the scene topic.
/// </summary>
public sealed class SceneChangeDispatcher(IEnumerable<ISceneChangeSink> sceneSinks, GatewayMetrics metrics, ILogger<SceneChangeDispatcher> log)
{
    private readonly ISceneChangeSink[] _sceneSinks = [.. sceneSinks];

    // Wait mode so that TryWrite reports a full queue (which we count) instead of dropping silently.
    private readonly Channel<SceneChange> _queue = Channel.CreateBounded<SceneChange>(new BoundedChannelOptions(16_384) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    internal void Publish(SceneChange change)
    {
        metrics.SceneTransitions.Add((int)change.Kind);
        log.LogInformation(
            "Shopper {Shopper} {Kind}: {State} (from {Previous}) store {Store} zone {Zone} at {At:O}, confidence {Confidence:0.00}: {Reasons}",
            change.Shopper, change.Kind, change.State, change.Previous, change.Store, change.Zone ?? change.PreviousZone, change.At, change.Confidence, string.Join("; ", change.Reasons));
        if (PresenceLabel(change.Kind) is { } presence)
        {
            metrics.Presence.Add(presence);
        }

        foreach (var sink in _sceneSinks)
        {
            sink.OnSceneChange(change);
        }

        if (!_queue.Writer.TryWrite(change))
        {
            metrics.SceneSignalsDropped.Add(SceneDropReasons.TimelineFull);
        }
    }

    /// <summary>Shutdown, once the scene engine has stopped: no more changes.</summary>
    internal void Complete() => _queue.Writer.TryComplete();

    /// <summary>Changes waiting for the timeline and the scene topic.</summary>
    internal ChannelReader<SceneChange> Pending => _queue.Reader;

    internal static SceneRecord ToRecord(SceneChange c) => new()
    {
        Shopper = c.Shopper,
        Store = c.Store,
        Kind = char.ToLowerInvariant(c.Kind.ToString()[0]) + c.Kind.ToString()[1..],
        State = c.State.ToString(),
        Previous = c.Previous.ToString(),
        Zone = c.Zone,
        Dwelling = c.Dwelling,
        Shelf = c.Shelf,
        Confidence = c.Confidence,
        Reasons = [.. c.Reasons],
        At = c.At.UtcDateTime,
    };

    // se_presence_transitions_total{transition}: enter, zone, leave (the label order of the counter).
    private static int? PresenceLabel(SceneChangeKind kind) => kind switch
    {
        SceneChangeKind.Entered => 0,
        SceneChangeKind.ZoneChanged => 1,
        SceneChangeKind.LeftSignalLost or SceneChangeKind.LeftMovedAway => 2,
        _ => null,
    };
}

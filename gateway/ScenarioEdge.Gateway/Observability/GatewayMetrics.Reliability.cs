using System.Text;

namespace ScenarioEdge.Gateway.Observability;

/// <summary>Delivery receipts of pushes and what shutdown could not finish.</summary>
public sealed partial class GatewayMetrics
{
    private long _pushesDelivered;
    private long _pushesResent;
    private long _pushesDeferred;
    private Func<long>? _undeliveredPushes;

    /// <summary>Work discarded at shutdown, by the queue it was waiting in (each is logged too).</summary>
    public LabelledCounter ShutdownDropped { get; } = new(
        "se_shutdown_dropped_total", "Queued work discarded because the gateway stopped before it was done, by queue.", "queue",
        ["scene_work", "scene_topic", "shelf", "push"]);

    /// <summary>Pushes the app acknowledged (MQTT PUBACK) or reported delivered.</summary>
    public long PushesDelivered => Interlocked.Read(ref _pushesDelivered);

    /// <summary>Recorded pushes published again to an app that subscribed (after a restart, or after none was listening).</summary>
    public long PushesResent => Interlocked.Read(ref _pushesResent);

    /// <summary>Push intents still queued at shutdown, kept in LiteDB and delivered at the next start.</summary>
    public long PushesDeferred => Interlocked.Read(ref _pushesDeferred);

    public void CountPushDelivered() => Interlocked.Increment(ref _pushesDelivered);

    public void CountPushResent() => Interlocked.Increment(ref _pushesResent);

    public void CountPushesDeferred(int count) => Interlocked.Add(ref _pushesDeferred, count);

    /// <summary>Where the gauge of recorded pushes no app has acknowledged yet reads from (the push ledger).</summary>
    public void ObserveUndeliveredPushes(Func<long> read) => _undeliveredPushes = read;

    private void RenderReliability(StringBuilder text)
    {
        Simple(text, "se_pushes_delivered_total", "Pushes the app acknowledged (MQTT PUBACK from the app, or its 'delivered' feedback).", "counter", PushesDelivered);
        Simple(text, "se_pushes_resent_total", "Recorded pushes published again when their app subscribed (after a restart, or when no app was listening).", "counter", PushesResent);
        Simple(text, "se_pushes_deferred_total", "Push intents still queued at shutdown, kept in LiteDB and delivered at the next start.", "counter", PushesDeferred);
        Simple(text, "se_pushes_undelivered", "Recorded pushes no app has acknowledged yet.", "gauge", _undeliveredPushes?.Invoke() ?? 0);
        ShutdownDropped.Render(text);
    }
}

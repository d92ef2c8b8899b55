namespace ScenarioEdge.Gateway.Observability;

/// <summary>Delivery receipts of pushes and what shutdown could not finish.</summary>
public sealed partial class GatewayMetrics
{
    private readonly PlainCounter _pushesDelivered;
    private readonly PlainCounter _pushesResent;
    private readonly PlainCounter _pushesDeferred;
    private Func<long>? _undeliveredPushes;

    /// <summary>Work discarded at shutdown, by the queue it was waiting in (each is logged too).</summary>
    public LabelledCounter ShutdownDropped { get; }

    /// <summary>Pushes the app acknowledged (MQTT PUBACK) or reported delivered.</summary>
    public long PushesDelivered => _pushesDelivered.Value;

    /// <summary>Recorded pushes published again to an app that subscribed (after a restart, or after none was listening).</summary>
    public long PushesResent => _pushesResent.Value;

    /// <summary>Push intents still queued at shutdown, kept in LiteDB and delivered at the next start.</summary>
    public long PushesDeferred => _pushesDeferred.Value;

    public void CountPushDelivered() => _pushesDelivered.Add();

    public void CountPushResent() => _pushesResent.Add();

    public void CountPushesDeferred(int count) => _pushesDeferred.Add(count);

    /// <summary>Where the gauge of recorded pushes no app has acknowledged yet reads from (the push ledger).</summary>
    public void ObserveUndeliveredPushes(Func<long> read) => _undeliveredPushes = read;

    private (PlainCounter, PlainCounter, PlainCounter, LabelledCounter) ReliabilityMetrics(GatewayInstruments i)
    {
        // Read at scrape time (the ledger is the truth); the meter reads the same function.
        const string UndeliveredHelp = "Recorded pushes no app has acknowledged yet.";
        var undelivered = i.Prometheus.CreateGauge("se_pushes_undelivered", UndeliveredHelp);
        i.Registry.AddBeforeCollectCallback(() => undelivered.Set(_undeliveredPushes?.Invoke() ?? 0));
        i.Meter.CreateObservableGauge("se_pushes_undelivered", () => _undeliveredPushes?.Invoke() ?? 0, description: UndeliveredHelp);
        return (
            new(i, "se_pushes_delivered_total", "Pushes the app acknowledged (MQTT PUBACK from the app, or its 'delivered' feedback)."),
            new(i, "se_pushes_resent_total", "Recorded pushes published again when their app subscribed (after a restart, or when no app was listening)."),
            new(i, "se_pushes_deferred_total", "Push intents still queued at shutdown, kept in LiteDB and delivered at the next start."),
            new(i, "se_shutdown_dropped_total", "Queued work discarded because the gateway stopped before it was done, by queue.", "queue",
                ["scene_work", "scene_topic", "shelf", "push", "campaign_trigger", "campaign_message"]));
    }
}

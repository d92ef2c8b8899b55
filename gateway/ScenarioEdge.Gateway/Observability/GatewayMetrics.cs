using System.Globalization;
using System.Text;
using ScenarioEdge.Gateway.Broker;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Protocol;

namespace ScenarioEdge.Gateway.Observability;

/// <summary>
/// The gateway's counters and histograms, rendered as Prometheus text on <c>GET /metrics</c>. Plain lock-free
/// counters: the hot path pays one interlocked add per message.
/// </summary>
public sealed partial class GatewayMetrics
{
    private static readonly double[] LatencyBounds = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
    private long _duplicates;
    private long _pushesOut;
    private long _pushesFailed;
    private long _pushesSuppressed;
    private long _brokerQueueOverwritten;
    private long _clientsConnected;
    private long _authFailed;
    private long _subscribeRefused;
    private long _connectionsRefused;
    private long _oversizePackets;
    private long _displayUpdates;
    private long _brokerSessionsLost;
    private long _offlineDropped;
    private long _sessionsExpired;

    /// <summary>Accepted messages by topic kind.</summary>
    public LabelledCounter MessagesIn { get; } = new(
        "se_messages_in_total", "Messages accepted by the gateway, by topic kind.", "kind",
        Enum.GetNames<TopicKind>().Select(n => n.ToLowerInvariant()).ToArray());

    /// <summary>Refused messages by reason.</summary>
    public LabelledCounter Rejected { get; } = new(
        "se_messages_rejected_total", "Messages refused by the gateway, by reason.", "reason", RejectReasonNames.All);

    /// <summary>MQTT connections turned away by the embedded broker, by reason (besides failed logins and connection limits).</summary>
    public LabelledCounter ConnectRefused { get; } = new(
        "se_mqtt_connect_refused_total", "MQTT connections turned away besides failed logins and connection limits, by reason.", "reason",
        Enum.GetNames<ConnectRefusal>().Select(SnakeCase).ToArray());

    /// <summary>Presence transitions by kind.</summary>
    public LabelledCounter Presence { get; } = new(
        "se_presence_transitions_total", "Shopper presence transitions.", "transition", ["enter", "zone", "leave"]);

    /// <summary>Signals dropped at the door because the shopper has not consented to their purpose.</summary>
    public LabelledCounter ConsentDropped { get; } = new(
        "se_consent_dropped_total", "Signals dropped at ingestion for lack of consent to their purpose; nothing about them is kept.", "purpose",
        ["presence", "activity", "offers"]);
    /// <summary>Scene transitions by kind.</summary>
    public LabelledCounter SceneTransitions { get; } = new(
        "se_scene_transitions_total", "Scene transitions decided by the scene engine.", "kind",
        Enum.GetNames<SceneChangeKind>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]).ToArray());

    /// <summary>Signals kept from the scene engine, by reason (missing consent, unknown wearable, too late).</summary>
    public LabelledCounter SceneSignalsDropped { get; } = new(
        "se_scene_signals_dropped_total", "Signals kept from or dropped by the scene engine, by reason.", "reason", SceneDropReasons.Names);

    /// <summary>Time from a message's arrival to the push it caused being published.</summary>
    public Histogram IngestToPush { get; } = new(
        "se_ingest_to_push_seconds", "Seconds from the arrival of the triggering message to the push being published.", LatencyBounds);

    /// <summary>Time spent accepting one message (decode, validate, hand-off).</summary>
    public Histogram Ingest { get; } = new(
        "se_ingest_seconds", "Seconds spent accepting one message (decode, validate, hand-off).", LatencyBounds);

    /// <summary>Redelivered messages recognised by id and handled once.</summary>
    public long Duplicates => Interlocked.Read(ref _duplicates);

    /// <summary>Pushes published.</summary>
    public long PushesOut => Interlocked.Read(ref _pushesOut);

    public long AuthFailed => Interlocked.Read(ref _authFailed);

    public long SubscribeRefused => Interlocked.Read(ref _subscribeRefused);

    public long ConnectionsRefused => Interlocked.Read(ref _connectionsRefused);

    public void CountIn(TopicKind kind) => MessagesIn.Add((int)kind);

    public void CountConsentDropped(string purpose) => ConsentDropped.Add(purpose switch
    {
        "presence" => 0,
        "activity" => 1,
        "offers" => 2,
        _ => 3,
    });

    public void CountAuthFailed() => Interlocked.Increment(ref _authFailed);

    public void CountSubscribeRefused() => Interlocked.Increment(ref _subscribeRefused);

    public void CountConnectionRefused() => Interlocked.Increment(ref _connectionsRefused);

    public long OversizePackets => Interlocked.Read(ref _oversizePackets);

    public void CountConnectRefused(ConnectRefusal reason) => ConnectRefused.Add((int)reason);

    /// <summary>Messages not queued for an offline session whose queue was full.</summary>
    public long OfflineDropped => Interlocked.Read(ref _offlineDropped);

    public void CountOfflineDropped() => Interlocked.Increment(ref _offlineDropped);

    /// <summary>Offline persistent sessions deleted at their (capped) expiry.</summary>
    public long SessionsExpired => Interlocked.Read(ref _sessionsExpired);

    public void CountSessionExpired() => Interlocked.Increment(ref _sessionsExpired);

    public void CountOversizePacket() => Interlocked.Increment(ref _oversizePackets);

    public void CountRejected(RejectReason reason) => Rejected.Add((int)reason);

    public void CountDuplicate() => Interlocked.Increment(ref _duplicates);

    public void CountPushOut() => Interlocked.Increment(ref _pushesOut);

    public void CountPushFailed() => Interlocked.Increment(ref _pushesFailed);

    public void CountPushSuppressed() => Interlocked.Increment(ref _pushesSuppressed);

    public void CountBrokerQueueOverwritten() => Interlocked.Increment(ref _brokerQueueOverwritten);

    /// <summary>Times an external broker came back without the gateway's session (client mode).</summary>
    public long BrokerSessionsLost => Interlocked.Read(ref _brokerSessionsLost);

    public void CountBrokerSessionLost() => Interlocked.Increment(ref _brokerSessionsLost);

    /// <summary>Display contents published (retained) by the shelf offer stage.</summary>
    public long DisplayUpdates => Interlocked.Read(ref _displayUpdates);

    public void CountDisplayUpdate() => Interlocked.Increment(ref _displayUpdates);

    public void ClientConnected() => Interlocked.Increment(ref _clientsConnected);

    public void ClientDisconnected() => Interlocked.Decrement(ref _clientsConnected);

    /// <summary>All metrics in the Prometheus text exposition format.</summary>
    public string Render()
    {
        var text = new StringBuilder(4096);
        MessagesIn.Render(text);
        Rejected.Render(text);
        Simple(text, "se_messages_duplicate_total", "Redelivered messages recognised by id and handled once.", "counter", Duplicates);
        Presence.Render(text);
        ConsentDropped.Render(text);
        Simple(text, "se_mqtt_auth_failed_total", "MQTT logins refused (unknown client, wrong secret, expired or forged token, revoked device).", "counter", AuthFailed);
        Simple(text, "se_mqtt_subscribe_refused_total", "MQTT subscriptions refused as outside the client's own topics.", "counter", SubscribeRefused);
        Simple(text, "se_mqtt_oversize_packets_total", "MQTT connections closed for announcing a packet above Gateway:Broker:MaxPacketBytes.", "counter", OversizePackets);
        Simple(text, "se_mqtt_connections_refused_total", "MQTT connections refused by the connection limits.", "counter", ConnectionsRefused);
        ConnectRefused.Render(text);
        Simple(text, "se_broker_offline_dropped_total", "Messages not queued for an offline session whose queue was full.", "counter", OfflineDropped);
        Simple(text, "se_broker_sessions_expired_total", "Offline persistent MQTT sessions deleted at their expiry.", "counter", SessionsExpired);
        SceneTransitions.Render(text);
        SceneSignalsDropped.Render(text);
        Simple(text, "se_pushes_out_total", "Pushes published to apps (handed to the broker; see se_pushes_delivered_total for those the app acknowledged).", "counter", PushesOut);
        RenderReliability(text);
        Simple(text, "se_pushes_failed_total", "Pushes that could not be published.", "counter", Interlocked.Read(ref _pushesFailed));
        Simple(text, "se_pushes_suppressed_total", "Pushes held back by a frequency cap or missing consent.", "counter", Interlocked.Read(ref _pushesSuppressed));
        Simple(text, "se_display_updates_total", "Shelf display contents published.", "counter", DisplayUpdates);
        Simple(text, "se_broker_queue_overwritten_total", "Messages the embedded broker dropped from a slow subscriber's full queue.", "counter", Interlocked.Read(ref _brokerQueueOverwritten));
        Simple(text, "se_broker_session_lost_total", "Times the external broker came back without the gateway's session, losing what it had queued for the gateway (client mode).", "counter", BrokerSessionsLost);
        Simple(text, "se_broker_clients_connected", "MQTT clients connected to the embedded broker.", "gauge", Interlocked.Read(ref _clientsConnected));
        IngestToPush.Render(text);
        Ingest.Render(text);
        return text.ToString();
    }

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));

    private static void Simple(StringBuilder text, string name, string help, string type, long value) =>
        text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n')
            .Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n')
            .Append(name).Append(' ').Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
}

namespace ScenarioEdge.Gateway.Observability;

/// <summary>The embedded broker's logins, refusals, sessions and connections.</summary>
public sealed partial class GatewayMetrics
{
    private readonly PlainCounter _authFailed;
    private readonly PlainCounter _subscribeRefused;
    private readonly PlainCounter _oversizePackets;
    private readonly PlainCounter _connectionsRefused;
    private readonly PlainCounter _offlineDropped;
    private readonly PlainCounter _sessionsExpired;
    private readonly PlainCounter _queueOverwritten;
    private readonly PlainCounter _brokerSessionsLost;
    private readonly PlainGauge _clientsConnected;

    public long AuthFailed => _authFailed.Value;

    public long SubscribeRefused => _subscribeRefused.Value;

    public long ConnectionsRefused => _connectionsRefused.Value;

    public long OversizePackets => _oversizePackets.Value;

    /// <summary>Messages not queued for an offline session whose queue was full.</summary>
    public long OfflineDropped => _offlineDropped.Value;

    /// <summary>Offline persistent sessions deleted at their (capped) expiry.</summary>
    public long SessionsExpired => _sessionsExpired.Value;

    /// <summary>Times an external broker came back without the gateway's session (client mode).</summary>
    public long BrokerSessionsLost => _brokerSessionsLost.Value;

    public void CountAuthFailed() => _authFailed.Add();

    public void CountSubscribeRefused() => _subscribeRefused.Add();

    public void CountConnectionRefused() => _connectionsRefused.Add();

    public void CountOfflineDropped() => _offlineDropped.Add();

    public void CountSessionExpired() => _sessionsExpired.Add();

    public void CountOversizePacket() => _oversizePackets.Add();

    public void CountBrokerQueueOverwritten() => _queueOverwritten.Add();

    public void CountBrokerSessionLost() => _brokerSessionsLost.Add();

    public void ClientConnected() => _clientsConnected.Add(1);

    public void ClientDisconnected() => _clientsConnected.Add(-1);

    private static (PlainCounter, PlainCounter, PlainCounter, PlainCounter, PlainCounter, PlainCounter) BrokerCounters(GatewayInstruments i) => (
        new(i, "se_mqtt_auth_failed_total", "MQTT logins refused (unknown client, wrong secret, expired or forged token, revoked device)."),
        new(i, "se_mqtt_subscribe_refused_total", "MQTT subscriptions refused as outside the client's own topics."),
        new(i, "se_mqtt_oversize_packets_total", "MQTT connections closed for announcing a packet above Gateway:Broker:MaxPacketBytes."),
        new(i, "se_mqtt_connections_refused_total", "MQTT connections refused by the connection limits."),
        new(i, "se_broker_offline_dropped_total", "Messages not queued for an offline session whose queue was full."),
        new(i, "se_broker_sessions_expired_total", "Offline persistent MQTT sessions deleted at their expiry."));

    private static (PlainCounter, PlainCounter, PlainGauge) BrokerLinkMetrics(GatewayInstruments i) => (
        new(i, "se_broker_queue_overwritten_total", "Messages the embedded broker dropped from a slow subscriber's full queue."),
        new(i, "se_broker_session_lost_total",
            "Times the external broker came back without the gateway's session, losing what it had queued for the gateway (client mode)."),
        new(i, "se_broker_clients_connected", "MQTT clients connected to the embedded broker."));
}

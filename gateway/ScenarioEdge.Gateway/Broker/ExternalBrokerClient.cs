using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Messaging;
using ScenarioEdge.Gateway.Observability;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>
/// Client mode: the gateway connects to an external broker, subscribes to the uplinks at QoS 1 with a persistent
/// session, and feeds the same ingest pipeline. A message is acknowledged only after ingest returned, so the broker
/// redelivers whatever the gateway had not taken. Reconnects at once when the connection drops, then with exponential
/// backoff and jitter, and subscribes first thing on every connect. A broker that answers a reconnect without the
/// session (restarted without persistence, or expired it) lost whatever it had queued for the gateway: that is
/// counted (<c>se_broker_session_lost_total</c>), logged and reported as degraded health (docs/decisions.md).
/// </summary>
public sealed class ExternalBrokerClient(
    IngestPipeline ingest,
    GatewayMetrics metrics,
    IOptions<GatewayOptions> options,
    TimeProvider time,
    ILogger<ExternalBrokerClient> log) : BackgroundService, IMessageBus
{
    /// <summary>How long health reports degraded after the broker lost the gateway's session.</summary>
    public static readonly TimeSpan DegradedAfterSessionLoss = TimeSpan.FromMinutes(15);

    private static readonly string[] UplinkFilters =
    [
        "se/v1/stores/+/devices/+/sightings",
        "se/v1/stores/+/devices/+/shelf",
        "se/v1/stores/+/devices/+/wearables",
        "se/v1/stores/+/devices/+/status",
        "se/v1/apps/+/up/+",
    ];

    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private TaskCompletionSource _disconnected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _hadSession;
    private long _sessionsLost;
    private long _lastSessionLoss;

    public bool IsReady => _client.IsConnected;

    /// <summary>Times the broker came back without the gateway's session since the gateway started.</summary>
    public long SessionsLost => Interlocked.Read(ref _sessionsLost);

    public string? Degradation
    {
        get
        {
            var lost = SessionsLost;
            var last = Interlocked.Read(ref _lastSessionLoss);
            return lost == 0 || time.GetElapsedTime(last) > DegradedAfterSessionLoss
                ? null
                : $"the broker lost the gateway's session {lost} time(s) since start, last {time.GetElapsedTime(last).TotalMinutes:0} min ago: "
                    + "messages it had queued for the gateway were lost; run the broker with persistence (docs/decisions.md)";
        }
    }

    public string Describe()
    {
        var o = options.Value.Broker;
        return $"external broker {o.Host}:{o.ExternalPort}, {(_client.IsConnected ? "connected" : "disconnected")}";
    }

    public async Task PublishAsync(string topic, byte[] payload, bool retain, CancellationToken cancellationToken)
    {
        var message = OutgoingMessage.Create(topic, payload, retain);
        var result = await _client.PublishAsync(message, cancellationToken);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"the broker refused the publish to {topic}: {result.ReasonCode} {result.ReasonString}");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _client.DisconnectedAsync += _ =>
        {
            // Reconnect and subscribe again at once: until then an external broker has no subscriber for the uplinks.
            Volatile.Read(ref _disconnected).TrySetResult();
            return Task.CompletedTask;
        };
        _client.ApplicationMessageReceivedAsync += async e =>
        {
            // Auto-acknowledge happens after this handler returns, i.e. after ingest accepted or refused the message.
            var outcome = await ingest.IngestAsync(e.ApplicationMessage.Topic, e.ApplicationMessage.Payload, e.ClientId, principal: null, stoppingToken);
            if (outcome.Reason == RejectReason.ShuttingDown)
            {
                // Not acknowledged: the broker keeps it in the gateway's session and delivers it again after the restart.
                e.AutoAcknowledge = false;
            }
            else if (!outcome.Accepted)
            {
                e.ReasonCode = MqttApplicationMessageReceivedReasonCode.PayloadFormatInvalid;
                e.ResponseReasonString = outcome.Error;
            }
        };

        var attempt = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!_client.IsConnected)
            {
                try
                {
                    await ConnectAsync(stoppingToken);
                    attempt = 0;
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    var delay = Backoff(attempt++);
                    var o = options.Value.Broker;
                    log.LogWarning(
                        "Cannot reach the MQTT broker at {Host}:{Port} ({Message}); retrying in {Delay}. Check Gateway:Broker:Host/ExternalPort and that the broker runs",
                        o.Host, o.ExternalPort, ex.Message, delay);
                    await Delay(delay, stoppingToken);
                    continue;
                }
            }

            try
            {
                await Volatile.Read(ref _disconnected).Task.WaitAsync(TimeSpan.FromSeconds(1), time, stoppingToken);
            }
            catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
            {
            }
        }

        if (_client.IsConnected)
        {
            await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().WithReason(MqttClientDisconnectOptionsReason.NormalDisconnection).Build(), CancellationToken.None);
        }
    }

    public override void Dispose()
    {
        _client.Dispose();
        base.Dispose();
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var o = options.Value.Broker;
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer(o.Host!, o.ExternalPort)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithClientId(o.ClientId)
            .WithCleanStart(false)
            .WithSessionExpiryInterval((uint)TimeSpan.FromDays(1).TotalSeconds)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(15));
        if (!string.IsNullOrEmpty(o.Username))
        {
            builder.WithCredentials(o.Username, o.Password);
        }

        var clientOptions = builder.Build();
        ((MqttClientTcpOptions)clientOptions.ChannelOptions).BufferSize = 1 << 20;
        Volatile.Write(ref _disconnected, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var connected = await _client.ConnectAsync(clientOptions, cancellationToken);

        // Subscribe before anything else: a session the broker lost has no subscriptions, and until they are back the
        // broker drops every uplink (edge agents see "no matching subscribers" and hold theirs).
        var subscribe = new MqttClientSubscribeOptionsBuilder();
        foreach (var filter in UplinkFilters)
        {
            var topic = string.IsNullOrEmpty(o.SharedGroup) ? filter : $"$share/{o.SharedGroup}/{filter}";
            subscribe.WithTopicFilter(f => f.WithTopic(topic).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce));
        }

        var subscribed = await _client.SubscribeAsync(subscribe.Build(), cancellationToken);
        var refused = subscribed.Items.Where(i => i.ResultCode > MqttClientSubscribeResultCode.GrantedQoS2).ToList();
        if (refused.Count > 0)
        {
            await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), CancellationToken.None);
            throw new InvalidOperationException(
                $"the broker refused the subscriptions {string.Join(", ", refused.Select(r => $"{r.TopicFilter.Topic} ({r.ResultCode})"))}; allow the gateway's login to read them in the broker's ACL");
        }

        if (!connected.IsSessionPresent && _hadSession)
        {
            Interlocked.Increment(ref _sessionsLost);
            Interlocked.Exchange(ref _lastSessionLoss, time.GetTimestamp());
            metrics.CountBrokerSessionLost();
            log.LogWarning(
                "The MQTT broker {Host}:{Port} no longer held the gateway's session {ClientId}: it restarted without persistence or expired the session. "
                + "Messages it had queued for the gateway are lost; edge agents hold theirs until the gateway subscribed again, as it now has. Run the broker with persistence (docs/decisions.md)",
                o.Host, o.ExternalPort, o.ClientId);
        }

        _hadSession = true;
        log.LogInformation("Connected to MQTT broker {Host}:{Port} as {ClientId} (session present: {SessionPresent})", o.Host, o.ExternalPort, o.ClientId, connected.IsSessionPresent);
    }

    private static TimeSpan Backoff(int attempt)
    {
        var capped = Math.Min(30, Math.Pow(2, Math.Min(attempt, 5)) * 0.5);
#pragma warning disable CA5394 // Jitter needs no cryptographic randomness.
        return TimeSpan.FromSeconds(capped * (0.5 + (Random.Shared.NextDouble() * 0.5)));
#pragma warning restore CA5394
    }

    private async Task Delay(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }
}

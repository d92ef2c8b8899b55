using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using ScenarioEdge.Gateway.Ingest;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>
/// Client mode: the gateway connects to an external broker, subscribes to the uplinks at QoS 1 with a persistent
/// session, and feeds the same ingest pipeline. A message is acknowledged only after ingest returned, so the broker
/// redelivers whatever the gateway had not taken. Reconnects with exponential backoff and jitter.
/// </summary>
public sealed class ExternalBrokerClient(
    IngestPipeline ingest,
    IOptions<GatewayOptions> options,
    TimeProvider time,
    ILogger<ExternalBrokerClient> log) : BackgroundService, IMessageBus
{
    private static readonly string[] UplinkFilters =
    [
        "se/v1/stores/+/devices/+/sightings",
        "se/v1/stores/+/devices/+/shelf",
        "se/v1/stores/+/devices/+/wearables",
        "se/v1/stores/+/devices/+/status",
        "se/v1/apps/+/up/+",
    ];

    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();

    public bool IsReady => _client.IsConnected;

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

            await Delay(TimeSpan.FromSeconds(1), stoppingToken);
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
        var connected = await _client.ConnectAsync(clientOptions, cancellationToken);
        var subscribe = new MqttClientSubscribeOptionsBuilder();
        foreach (var filter in UplinkFilters)
        {
            var topic = string.IsNullOrEmpty(o.SharedGroup) ? filter : $"$share/{o.SharedGroup}/{filter}";
            subscribe.WithTopicFilter(f => f.WithTopic(topic).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce));
        }

        await _client.SubscribeAsync(subscribe.Build(), cancellationToken);
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

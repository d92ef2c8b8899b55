using System.Buffers;
using System.Collections;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;
using MQTTnet.Server;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>
/// The embedded MQTTnet broker as the gateway sees it. Ingest runs inside the server's publish interception, before
/// the PUBACK: a message is acknowledged only once the gateway accepted it, and a refused one gets a PUBACK reason
/// code and a reason string that name the problem. The gateway publishes by injecting messages, marked so that
/// interception lets them through. Retained messages are kept in LiteDB across restarts.
/// </summary>
public sealed class EmbeddedBroker(
    MqttServer server,
    IngestPipeline ingest,
    GatewayDatabase database,
    GatewayMetrics metrics,
    IOptions<GatewayOptions> options,
    ILogger<EmbeddedBroker> log) : IMessageBus, IHostedService
{
    private readonly Hashtable _gatewaySession = new() { ["scenarioedge.gateway"] = true };
    private int _clients;

    public bool IsReady => server.IsStarted;

    public string Describe() =>
        $"embedded broker on {options.Value.Broker.Address}:{options.Value.Broker.Port}, {(server.IsStarted ? "started" : "not started")}, {Volatile.Read(ref _clients)} clients";

    public Task PublishAsync(string topic, byte[] payload, bool retain, CancellationToken cancellationToken)
    {
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag(retain)
            .WithContentType("application/json")
            .Build();
        return server.InjectApplicationMessage(
            new InjectedMqttApplicationMessage(message) { SenderClientId = "scenarioedge-gateway", CustomSessionItems = _gatewaySession },
            cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        server.ValidatingConnectionAsync += ValidateConnectionAsync;
        server.InterceptingPublishAsync += InterceptAsync;
        server.ClientConnectedAsync += OnConnectedAsync;
        server.ClientDisconnectedAsync += OnDisconnectedAsync;
        server.QueuedApplicationMessageOverwrittenAsync += OnOverwrittenAsync;
        server.LoadingRetainedMessageAsync += LoadRetainedAsync;
        server.RetainedMessageChangedAsync += SaveRetainedAsync;
        server.RetainedMessagesClearedAsync += ClearRetainedAsync;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private Task ValidateConnectionAsync(ValidatingConnectionEventArgs e)
    {
        // MQTT 5 lets a client leave its id to the server (mosquitto_sub -V mqttv5 does); MQTTnet needs us to assign it.
        if (string.IsNullOrEmpty(e.ClientId))
        {
            e.AssignedClientIdentifier = $"anonymous-{Guid.NewGuid():N}";
        }

        return Task.CompletedTask;
    }

    private async Task InterceptAsync(InterceptingPublishEventArgs e)
    {
        if (ReferenceEquals(e.SessionItems, _gatewaySession))
        {
            return;
        }

        IngestOutcome outcome;
        try
        {
            outcome = await ingest.IngestAsync(e.ApplicationMessage.Topic, e.ApplicationMessage.Payload, e.ClientId, e.CancellationToken);
        }
        catch (OperationCanceledException)
        {
            outcome = IngestOutcome.Reject(RejectReason.ShuttingDown, "the gateway is shutting down; publish again after it is back");
        }

        if (!outcome.Accepted)
        {
            e.ProcessPublish = false;
            e.Response.ReasonCode = outcome.Reason switch
            {
                RejectReason.UnknownTopic => MqttPubAckReasonCode.TopicNameInvalid,
                RejectReason.UnknownDevice or RejectReason.GatewayOnlyTopic => MqttPubAckReasonCode.NotAuthorized,
                RejectReason.Oversize => MqttPubAckReasonCode.QuotaExceeded,
                RejectReason.ShuttingDown => MqttPubAckReasonCode.UnspecifiedError,
                _ => MqttPubAckReasonCode.PayloadFormatInvalid,
            };
            e.Response.ReasonString = outcome.Error;
        }
        else if (outcome.Duplicate)
        {
            // A redelivery was already forwarded to subscribers the first time.
            e.ProcessPublish = false;
        }
    }

    private Task OnConnectedAsync(ClientConnectedEventArgs e)
    {
        Interlocked.Increment(ref _clients);
        metrics.ClientConnected();
        log.LogInformation("MQTT client {ClientId} connected from {Endpoint} as {UserName}", e.ClientId, e.RemoteEndPoint, e.UserName);
        return Task.CompletedTask;
    }

    private Task OnDisconnectedAsync(ClientDisconnectedEventArgs e)
    {
        Interlocked.Decrement(ref _clients);
        metrics.ClientDisconnected();
        log.LogInformation("MQTT client {ClientId} disconnected ({DisconnectType})", e.ClientId, e.DisconnectType);
        return Task.CompletedTask;
    }

    private Task OnOverwrittenAsync(QueueMessageOverwrittenEventArgs e)
    {
        metrics.CountBrokerQueueOverwritten();
        log.LogWarning("Broker queue of slow subscriber {ClientId} is full; its oldest message was dropped", e.ReceiverClientId);
        return Task.CompletedTask;
    }

    private Task LoadRetainedAsync(LoadingRetainedMessagesEventArgs e)
    {
        e.LoadedRetainedMessages = database.Retained.FindAll()
            .Select(r => new MqttApplicationMessageBuilder()
                .WithTopic(r.Topic)
                .WithPayload(r.Payload)
                .WithQualityOfServiceLevel((MqttQualityOfServiceLevel)r.QualityOfService)
                .WithRetainFlag()
                .Build())
            .ToList();
        log.LogInformation("Loaded {Count} retained messages", e.LoadedRetainedMessages.Count);
        return Task.CompletedTask;
    }

    private Task SaveRetainedAsync(RetainedMessageChangedEventArgs e)
    {
        var message = e.ChangedRetainedMessage;
        if (message.Payload.IsEmpty)
        {
            database.Retained.Delete(message.Topic);
        }
        else
        {
            database.Retained.Upsert(new RetainedRecord
            {
                Topic = message.Topic,
                Payload = message.Payload.ToArray(),
                QualityOfService = (int)message.QualityOfServiceLevel,
            });
        }

        return Task.CompletedTask;
    }

    private Task ClearRetainedAsync(EventArgs e)
    {
        database.Retained.DeleteAll();
        return Task.CompletedTask;
    }
}

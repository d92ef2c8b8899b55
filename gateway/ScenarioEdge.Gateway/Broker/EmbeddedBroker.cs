using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;
using MQTTnet.Server;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>
/// The embedded MQTTnet broker as the gateway sees it. Ingest runs inside the server's publish interception, before
/// the PUBACK: a message is acknowledged only once the gateway accepted it, and a refused one gets a PUBACK reason
/// code and a reason string that name the problem. The gateway publishes by injecting messages, marked so that
/// interception lets them through. Retained messages are kept in LiteDB across restarts. Every client logs in
/// (<see cref="MqttAuthenticator"/>) and may publish and subscribe only within its own topics.
/// </summary>
public sealed class EmbeddedBroker(
    MqttServer server,
    IngestPipeline ingest,
    MqttAuthenticator authenticator,
    GatewayDatabase database,
    GatewayMetrics metrics,
    IOptions<GatewayOptions> options,
    IOptions<SecurityOptions> security,
    ILogger<EmbeddedBroker> log) : IMessageBus, IClientSessions, IHostedService
{
    private const string PrincipalItem = "scenarioedge.principal";
    private readonly Hashtable _gatewaySession = new() { ["scenarioedge.gateway"] = true };
    private readonly ConcurrentDictionary<string, ClientPrincipal> _connected = new(StringComparer.Ordinal);
    private readonly Lock _admission = new();
    private int _clients;

    public bool IsReady => server.IsStarted;

    public string Describe() =>
        $"embedded broker on {options.Value.Broker.Address}:{options.Value.Broker.Port}, {(server.IsStarted ? "started" : "not started")}, {Volatile.Read(ref _clients)} clients";

    public Task PublishAsync(string topic, byte[] payload, bool retain, CancellationToken cancellationToken)
    {
        var message = OutgoingMessage.Create(topic, payload, retain);
        return server.InjectApplicationMessage(
            new InjectedMqttApplicationMessage(message) { SenderClientId = "scenarioedge-gateway", CustomSessionItems = _gatewaySession },
            cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        server.ValidatingConnectionAsync += ValidateConnectionAsync;
        server.InterceptingPublishAsync += InterceptAsync;
        server.InterceptingSubscriptionAsync += InterceptSubscriptionAsync;
        server.ClientConnectedAsync += OnConnectedAsync;
        server.ClientDisconnectedAsync += OnDisconnectedAsync;
        server.QueuedApplicationMessageOverwrittenAsync += OnOverwrittenAsync;
        server.LoadingRetainedMessageAsync += LoadRetainedAsync;
        server.RetainedMessageChangedAsync += SaveRetainedAsync;
        server.RetainedMessagesClearedAsync += ClearRetainedAsync;
        return Task.CompletedTask;
    }

    /// <summary>
    /// Closes every MQTT connection (reason: server shutting down) and stops the server; called once the gateway's
    /// queues are drained (<see cref="GatewayShutdown"/>), again harmlessly by the host. Kestrel would otherwise
    /// wait its whole shutdown timeout for the MQTT connections to end by themselves.
    /// </summary>
    public Task StopAsync(CancellationToken cancellationToken) => server.StopAsync(new MqttServerStopOptions
    {
        DefaultClientDisconnectOptions = new MqttServerClientDisconnectOptions
        {
            ReasonCode = MqttDisconnectReasonCode.ServerShuttingDown,
            ReasonString = "the gateway is shutting down",
        },
    });

    /// <summary>Closes every connection of <paramref name="principal"/> (revoked device, erased shopper).</summary>
    public async Task DisconnectAsync(ClientPrincipal principal)
    {
        foreach (var (clientId, _) in _connected.Where(c => c.Value.UserName == principal.UserName).ToList())
        {
            try
            {
                await server.DisconnectClientAsync(clientId, new MqttServerClientDisconnectOptions { ReasonCode = MqttDisconnectReasonCode.NotAuthorized, ReasonString = "credentials revoked" });
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            _connected.TryRemove(clientId, out _);
            log.LogWarning("Disconnected MQTT client {ClientId} ({UserName}): credentials revoked", clientId, principal.UserName);
        }
    }

    private Task ValidateConnectionAsync(ValidatingConnectionEventArgs e)
    {
        var principal = authenticator.Authenticate(e.UserName, e.Password, out var problem);
        if (principal is null)
        {
            e.ReasonCode = MqttConnectReasonCode.BadUserNameOrPassword;
            e.ReasonString = problem;
            metrics.CountAuthFailed();
            log.LogWarning("Refused MQTT login of client {ClientId} as {UserName} from {Endpoint}: {Problem}", e.ClientId, e.UserName, e.RemoteEndPoint, problem);
            return Task.CompletedTask;
        }

        // MQTT 5 lets a client leave its id to the server (mosquitto_sub -V mqttv5 does); MQTTnet needs us to assign it.
        var clientId = string.IsNullOrEmpty(e.ClientId) ? $"{principal.Kind.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}" : e.ClientId;
        if (string.IsNullOrEmpty(e.ClientId))
        {
            e.AssignedClientIdentifier = clientId;
        }

        lock (_admission)
        {
            var limits = security.Value;
            var mine = _connected.Count(c => c.Value.UserName == principal.UserName && c.Key != clientId);
            if (_connected.Count >= limits.MaxConnections || mine >= limits.MaxConnectionsPerClient)
            {
                e.ReasonCode = MqttConnectReasonCode.QuotaExceeded;
                e.ReasonString = $"{principal.UserName} already holds {mine} connections (limit {limits.MaxConnectionsPerClient}); close one first";
                metrics.CountConnectionRefused();
                log.LogWarning("Refused MQTT connection of {UserName}: {Reason}", principal.UserName, e.ReasonString);
                return Task.CompletedTask;
            }

            _connected[clientId] = principal;
        }

        e.SessionItems[PrincipalItem] = principal;
        return Task.CompletedTask;
    }

    private Task InterceptSubscriptionAsync(InterceptingSubscriptionEventArgs e)
    {
        var filter = e.TopicFilter.Topic;
        if (e.SessionItems[PrincipalItem] is ClientPrincipal principal && principal.MaySubscribe(filter))
        {
            return Task.CompletedTask;
        }

        e.ProcessSubscription = false;
        e.Response.ReasonCode = MqttSubscribeReasonCode.NotAuthorized;
        e.Response.ReasonString = $"subscriptions are limited to the client's own topics; '{filter}' is not one";
        metrics.CountSubscribeRefused();
        log.LogWarning("Refused subscription of client {ClientId} to {Filter}", e.ClientId, filter);
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
            // No principal means a session the broker itself created (will messages of a vanished session are still
            // the client's own): refuse rather than trust.
            var principal = e.SessionItems[PrincipalItem] as ClientPrincipal ?? ClientPrincipal.Observer("unknown");
            outcome = await ingest.IngestAsync(e.ApplicationMessage.Topic, e.ApplicationMessage.Payload, e.ClientId, principal, e.CancellationToken);
        }
        catch (OperationCanceledException)
        {
            outcome = IngestOutcome.Reject(RejectReason.ShuttingDown, "the gateway is shutting down; publish again after it is back");
        }

        if (!outcome.Accepted)
        {
            e.ProcessPublish = false;
            // No PUBACK while shutting down: the connection closes and the client publishes the message again later.
            e.CloseConnection = outcome.Reason == RejectReason.ShuttingDown;
            e.Response.ReasonCode = outcome.Reason switch
            {
                RejectReason.UnknownTopic => MqttPubAckReasonCode.TopicNameInvalid,
                RejectReason.UnknownDevice or RejectReason.GatewayOnlyTopic or RejectReason.NotAuthorized => MqttPubAckReasonCode.NotAuthorized,
                RejectReason.Oversize or RejectReason.RateLimited => MqttPubAckReasonCode.QuotaExceeded,
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
        _connected.TryRemove(e.ClientId, out _);
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

using System.Buffers;
using System.Collections;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using MQTTnet.Server;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Messaging;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>
/// The embedded MQTTnet broker as the gateway sees it. Ingest runs inside the server's publish interception, before
/// the PUBACK: a message is acknowledged only once the gateway accepted it, and a refused one gets a PUBACK reason
/// code and a reason string that name the problem. The gateway publishes by injecting messages, marked so that
/// interception lets them through. Retained messages are kept in LiteDB across restarts. Every client logs in
/// (<see cref="ConnectionAdmission"/>) and may publish and subscribe only within its own topics.
/// </summary>
public sealed class EmbeddedBroker(
    MqttServer server,
    IngestPipeline ingest,
    ConnectionAdmission admission,
    SessionRegistry sessions,
    GatewayDatabase database,
    GatewayMetrics metrics,
    IOptions<GatewayOptions> options,
    RefusalLog refusals,
    ILogger<EmbeddedBroker> log) : IMessageBus, IClientSessions, IHostedService
{
    private const string PrincipalItem = "scenarioedge.principal";
    private readonly Hashtable _gatewaySession = new() { ["scenarioedge.gateway"] = true };
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
        server.InterceptingClientEnqueueAsync += InterceptEnqueueAsync;
        server.SessionDeletedAsync += OnSessionDeletedAsync;
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
    /// <remarks>
    /// Each client is sent its DISCONNECT first, one by one: MQTTnet's own stop cancels every connection's token before
    /// it sends the packets, so a client could see the socket close before the reason arrived (a CI run saw
    /// "normal disconnection" where the gateway meant "server shutting down").
    /// </remarks>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!server.IsStarted)
        {
            return;
        }

        var options = new MqttServerClientDisconnectOptions
        {
            ReasonCode = MqttDisconnectReasonCode.ServerShuttingDown,
            ReasonString = "the gateway is shutting down",
        };
        var clients = await server.GetClientsAsync();
        await Task.WhenAll(clients.Select(async client =>
        {
            try
            {
                await client.DisconnectAsync(options);
            }
            catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException or IOException)
            {
                // Gone already: nothing to tell it.
            }
        }));
        await server.StopAsync(new MqttServerStopOptions { DefaultClientDisconnectOptions = options });
    }

    /// <summary>
    /// Closes every connection of <paramref name="principal"/> (revoked device, erased shopper) and deletes its sessions
    /// with what they had queued.
    /// </summary>
    public async Task DisconnectAsync(ClientPrincipal principal)
    {
        foreach (var clientId in sessions.TakeAll(principal.UserName))
        {
            try
            {
                await server.DisconnectClientAsync(clientId, new MqttServerClientDisconnectOptions { ReasonCode = MqttDisconnectReasonCode.NotAuthorized, ReasonString = "credentials revoked" });
            }
            catch (InvalidOperationException)
            {
                // Not connected: only the session is left.
            }

            await DeleteSessionAsync(clientId);
            log.LogWarning("Disconnected MQTT client {ClientId} ({UserName}) and deleted its session: credentials revoked", clientId, principal.UserName);
        }
    }

    /// <summary>Deletes the retained messages under the app topics of <paramref name="principal"/> (shopper erasure).</summary>
    public async Task EraseRetainedAsync(ClientPrincipal principal)
    {
        var prefix = $"{Topics.Root}/apps/{principal.Id}/";
        foreach (var retained in (await server.GetRetainedMessagesAsync()).Where(m => m.Topic.StartsWith(prefix, StringComparison.Ordinal)))
        {
            // An empty retained message is MQTT's deletion; it reaches SaveRetainedAsync, which deletes the row too.
            await server.UpdateRetainedMessageAsync(new MqttApplicationMessageBuilder().WithTopic(retained.Topic).WithRetainFlag().Build());
            // The server's store holds every stored row (loaded at start, mirrored since); deleting by id as well
            // keeps the file right even if the change event did not run.
            database.Retained.Delete(retained.Topic);
        }
    }

    /// <summary>Deletes the session under <paramref name="clientId"/> (expired, revoked, erased) and frees the id.</summary>
    public async Task DeleteSessionAsync(string clientId)
    {
        try
        {
            var session = await server.GetSessionAsync(clientId);
            await session.DeleteAsync();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            sessions.Deleted(clientId);
        }
    }

    private Task ValidateConnectionAsync(ValidatingConnectionEventArgs e)
    {
        if (admission.Admit(e) is { } principal)
        {
            e.SessionItems[PrincipalItem] = principal;
        }

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
        refusals.Refused(e.ClientId, "subscription_not_authorized", "MQTT subscription", filter, e.Response.ReasonString);
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
            outcome = await ingest.IngestAsync(e.ApplicationMessage.Topic, e.ApplicationMessage.Payload, e.ApplicationMessage.Retain, e.ClientId, principal, e.CancellationToken);
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
                RejectReason.UnknownDevice or RejectReason.GatewayOnlyTopic or RejectReason.NotAuthorized or RejectReason.RetainNotAllowed => MqttPubAckReasonCode.NotAuthorized,
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
        // A resumed session keeps the items of the login that created it; the owner's latest login (same principal,
        // perhaps with changed rights) replaces them.
        if (sessions.TryGet(e.ClientId, out var record))
        {
            e.SessionItems[PrincipalItem] = record.Owner;
        }

        Interlocked.Increment(ref _clients);
        metrics.ClientConnected();
        log.LogInformation("MQTT client {ClientId} connected from {Endpoint} as {UserName}", e.ClientId, e.RemoteEndPoint, e.UserName);
        return Task.CompletedTask;
    }

    private async Task OnDisconnectedAsync(ClientDisconnectedEventArgs e)
    {
        var orphan = sessions.Disconnected(e.ClientId, e.DisconnectType == MqttClientDisconnectType.Takeover, e.SessionExpiryInterval);
        Interlocked.Decrement(ref _clients);
        metrics.ClientDisconnected();
        log.LogInformation("MQTT client {ClientId} disconnected ({DisconnectType})", e.ClientId, e.DisconnectType);
        if (orphan)
        {
            // It asked at DISCONNECT for a session it was not admitted (and counted) with.
            await DeleteSessionAsync(e.ClientId);
        }
    }

    private Task OnSessionDeletedAsync(SessionDeletedEventArgs e)
    {
        sessions.Deleted(e.Id);
        return Task.CompletedTask;
    }

    private Task InterceptEnqueueAsync(InterceptingClientApplicationMessageEnqueueEventArgs e)
    {
        if (!sessions.TryQueue(e.ReceiverClientId, out var firstDrop))
        {
            e.AcceptEnqueue = false;
            metrics.CountOfflineDropped();
            if (firstDrop)
            {
                log.LogWarning(
                    "The offline session of client {ClientId} holds Security:MaxQueuedMessagesPerOfflineSession messages; later ones are dropped (se_broker_offline_dropped_total) until it connects",
                    e.ReceiverClientId);
            }
        }

        return Task.CompletedTask;
    }

    private Task OnOverwrittenAsync(QueueMessageOverwrittenEventArgs e)
    {
        metrics.CountBrokerQueueOverwritten();
        refusals.Refused(e.ReceiverClientId, "queue_overwritten", "queued message", "the slow subscriber's full queue", "its oldest message was dropped");
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

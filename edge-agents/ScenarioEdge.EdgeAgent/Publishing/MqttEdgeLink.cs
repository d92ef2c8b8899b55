using System.Buffers;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;
using ScenarioEdge.EdgeAgent.Health;
using ScenarioEdge.EdgeAgent.Outbox;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Publishing;

/// <summary>
/// <see cref="IEdgeLink"/> over MQTT 5: authenticated per device, persistent session, QoS 1. Messages wait in the
/// <see cref="LiteDbOutbox"/> and leave it only after a PUBACK that says a subscriber took them
/// (<see cref="NoSubscriberHold"/>); the connection comes back with exponential backoff and jitter. A retained birth status goes out on every connect; the will marks the device offline.
/// </summary>
internal sealed class MqttEdgeLink : BackgroundService, IEdgeLink
{
    public const string ProblemSource = "broker";
    private const int BufferSize = 1024 * 1024;
    private const int PeekBatch = 64;
    private readonly LiteDbOutbox outbox;
    private readonly AgentOptions options;
    private readonly AgentHealth health;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<MqttEdgeLink> logger;
    private readonly IMqttClient client;
    private readonly SemaphoreSlim wake = new(0);
    private readonly Lock gate = new();
    private readonly List<Subscription> subscriptions = [];
    private readonly Random jitter = new();
    private readonly string statusTopic;
    private readonly NoSubscriberHold hold;
    private readonly RecentlyDelivered recent;
    private bool hadSession;

    public MqttEdgeLink(LiteDbOutbox outbox, IOptions<AgentOptions> options, AgentHealth health, TimeProvider timeProvider, ILogger<MqttEdgeLink> logger)
    {
        (this.outbox, this.options, this.health, this.timeProvider, this.logger) = (outbox, options.Value, health, timeProvider, logger);
        statusTopic = Topics.Status(this.options.Store, this.options.Device);
        hold = new NoSubscriberHold(this.options.Broker, health, timeProvider, logger);
        recent = new RecentlyDelivered(timeProvider);
        client = new MqttClientFactory().CreateMqttClient();
        client.ApplicationMessageReceivedAsync += OnMessageAsync;
        client.DisconnectedAsync += _ =>
        {
            wake.Release();
            return Task.CompletedTask;
        };
    }

    public bool IsConnected => client.IsConnected;

    public ValueTask EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        outbox.Append(message);
        if (wake.CurrentCount == 0)
        {
            wake.Release();
        }

        return ValueTask.CompletedTask;
    }

    public IDisposable Subscribe(string topicFilter, Func<string, ReadOnlyMemory<byte>, CancellationToken, ValueTask> handler)
    {
        var subscription = new Subscription(topicFilter, handler, this);
        lock (gate)
        {
            subscriptions.Add(subscription);
        }

        if (client.IsConnected)
        {
            _ = SubscribeAsync([topicFilter], CancellationToken.None);
        }

        return subscription;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (client.IsConnected)
        {
            try
            {
                // A clean goodbye: the retained status says offline, and a normal disconnect suppresses the will.
                await PublishDirectAsync(Status(DeviceState.Offline), cancellationToken);
                await client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().WithReason(MqttClientDisconnectOptionsReason.NormalDisconnection).Build(), cancellationToken);
            }
            catch (Exception ex)
            {
                logger.LogWarning("Could not say goodbye to the broker ({Reason}); the will message marks the device offline instead", ex.Message);
            }
        }
    }

    public override void Dispose()
    {
        client.Dispose();
        wake.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var broker = options.Broker;
        var attempt = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ConnectAsync(stoppingToken);
                attempt = 0;
                health.ClearProblem(ProblemSource);
                await PumpAsync(stoppingToken);
                if (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning("Lost the connection to the broker {Host}:{Port}; {Queued} messages wait in the outbox", broker.Host, broker.Port, outbox.Count);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                attempt++;
                var delay = Backoff.Delay(attempt, TimeSpan.FromMilliseconds(broker.ReconnectMinMs), TimeSpan.FromMilliseconds(broker.ReconnectMaxMs), jitter);
                var advice = Advice(ex);
                health.SetProblem(ProblemSource, advice);
                logger.LogWarning("Cannot reach the broker {Host}:{Port} as {Username}: {Advice} Retrying in {RetrySeconds:0.0} s; {Queued} messages wait in the outbox",
                    broker.Host, broker.Port, Username, advice, delay.TotalSeconds, outbox.Count);
                try
                {
                    await Task.Delay(delay, timeProvider, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    // The gateway's embedded broker knows devices as {store}/{device} (docs/security.md).
    private string Username => string.IsNullOrEmpty(options.Broker.Username) ? $"{options.Store}/{options.Device}" : options.Broker.Username;

    // Device ids repeat across stores; a broker binds a session to its client id, so the default names the store too.
    private string ClientId => string.IsNullOrEmpty(options.Broker.ClientId) ? $"{options.Store}.{options.Device}" : options.Broker.ClientId;

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var broker = options.Broker;
        var will = ProtocolCodec.Encode(Status(DeviceState.Offline));
        var builder = new MqttClientOptionsBuilder()
            .WithEndPoint(new System.Net.DnsEndPoint(broker.Host, broker.Port))
            .WithTcpServer(tcp =>
            {
                // 8 KiB default buffers collapsed under load against mosquitto (ARCHITECTURE.md); 1 MiB held.
                tcp.BufferSize = BufferSize;
            })
            .WithClientId(ClientId)
            .WithCredentials(Username, broker.Password ?? string.Empty)
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500)
            .WithCleanStart(false)
            .WithSessionExpiryInterval((uint)broker.SessionExpiryS)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(broker.KeepAliveS))
            .WithTimeout(TimeSpan.FromSeconds(broker.ConnectTimeoutS))
            .WithWillTopic(statusTopic)
            .WithWillPayload(will)
            .WithWillRetain()
            .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce);
        if (broker.UseTls)
        {
            builder.WithTlsOptions(tls =>
            {
                tls.UseTls().WithTargetHost(broker.Host);
                if (!string.IsNullOrEmpty(broker.CaCertificatePath))
                {
                    tls.WithTrustChain([X509CertificateLoader.LoadCertificateFromFile(broker.CaCertificatePath)]);
                }
            });
        }

        var result = await client.ConnectAsync(builder.Build(), cancellationToken);
        if (result.ResultCode != MqttClientConnectResultCode.Success)
        {
            throw new InvalidOperationException($"the broker refused the connection with {result.ResultCode} {result.ReasonString}".TrimEnd());
        }

        hold.Connected(result);
        if (!result.IsSessionPresent && hadSession)
        {
            // The broker lost this device's session, so it restarted without persistence (or expired it): what it
            // acknowledged last may never have reached the gateway. Send it again; the gateway drops what it had.
            var again = outbox.Restore(recent.TakeAll());
            logger.LogWarning("The broker {Host}:{Port} no longer held this device's session (restarted without persistence?); sending again the {Count} messages it acknowledged in the last {WindowSeconds} s before the connection dropped",
                broker.Host, broker.Port, again, RecentlyDelivered.Window.TotalSeconds);
        }

        recent.Clear();
        hadSession = true;

        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Connected to the broker {Host}:{Port} as {ClientId} (session present: {SessionPresent}); {Queued} messages queued",
                broker.Host, broker.Port, ClientId, result.IsSessionPresent, outbox.Count);
        }

        await PublishDirectAsync(Status(DeviceState.Online), cancellationToken);
        string[] filters;
        lock (gate)
        {
            filters = [.. subscriptions.Select(s => s.Filter).Distinct(StringComparer.Ordinal)];
        }

        await SubscribeAsync(filters, cancellationToken);
    }

    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        var nextExpiry = timeProvider.GetTimestamp();
        while (client.IsConnected && !cancellationToken.IsCancellationRequested)
        {
            if (timeProvider.GetElapsedTime(nextExpiry) >= TimeSpan.Zero)
            {
                outbox.ExpireOld();
                nextExpiry = timeProvider.GetTimestamp() + (long)(60 * timeProvider.TimestampFrequency);
            }

            var batch = outbox.Peek(PeekBatch);
            if (batch.Count == 0)
            {
                await wake.WaitAsync(TimeSpan.FromSeconds(1), cancellationToken);
                continue;
            }

            foreach (var pending in batch)
            {
                var message = pending.Message;
                var result = await client.PublishAsync(ToMqtt(message), cancellationToken);
                if (hold.Delivered(result))
                {
                    outbox.Remove(pending);
                    recent.Add(pending);
                    hold.Released(outbox.Count);
                }
                else if (NoSubscriberHold.NobodySubscribed(result))
                {
                    // Keep it, and the order: the same message goes first once a subscriber is back.
                    await Task.Delay(hold.Hold(message.Topic, outbox.Count), timeProvider, cancellationToken);
                    break;
                }
                else
                {
                    // The broker will never take it (e.g. an ACL outside this device's topics): keeping it would block the queue.
                    outbox.Remove(pending);
                    logger.LogError("The broker refused a {Class} message on {Topic} with {ReasonCode} ({ReasonString}); dropped it. Check the broker's ACL for device {Device}",
                        message.Class, message.Topic, result.ReasonCode, result.ReasonString, options.Device);
                }
            }
        }
    }

    private async Task SubscribeAsync(string[] filters, CancellationToken cancellationToken)
    {
        if (filters.Length == 0)
        {
            return;
        }

        try
        {
            var subscribe = new MqttClientSubscribeOptionsBuilder();
            foreach (var filter in filters)
            {
                subscribe.WithTopicFilter(filter, MqttQualityOfServiceLevel.AtLeastOnce);
            }

            await client.SubscribeAsync(subscribe.Build(), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Could not subscribe to {Filters}: {Reason}; retrying on the next connect", filters, ex.Message);
        }
    }

    private async Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        var topic = e.ApplicationMessage.Topic;
        var payload = e.ApplicationMessage.Payload.ToArray();
        Subscription[] matching;
        lock (gate)
        {
            matching = [.. subscriptions.Where(s => MqttTopicFilterComparer.Compare(topic, s.Filter) == MqttTopicFilterCompareResult.IsMatch)];
        }

        foreach (var subscription in matching)
        {
            try
            {
                await subscription.Handler(topic, payload, CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Handling a message on {Topic} failed: {Reason}", topic, ex.Message);
            }
        }
    }

    private Task<MqttClientPublishResult> PublishDirectAsync(DeviceStatus status, CancellationToken cancellationToken) =>
        client.PublishAsync(ToMqtt(new OutboxMessage(statusTopic, ProtocolCodec.Encode(status), OutboxClass.Status, Retain: true)), cancellationToken);

    private DeviceStatus Status(DeviceState state) => new()
    {
        Id = $"{(state == DeviceState.Online ? "birth" : "will")}-{Guid.NewGuid():N}"[..32],
        Ts = timeProvider.GetUtcNow(),
        State = state,
        Version = StatusVersion.Current,
        Problem = state == DeviceState.Online ? null : "the agent disconnected",
    };

    private static MqttApplicationMessage ToMqtt(OutboxMessage message) => new MqttApplicationMessageBuilder()
        .WithTopic(message.Topic)
        .WithPayload(message.Payload)
        .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
        .WithRetainFlag(message.Retain)
        .WithContentType("application/json")
        .Build();

    private static string Advice(Exception ex)
    {
        var text = ex.Message + " " + ex.InnerException?.Message;
        return text switch
        {
            _ when text.Contains("BadUserNameOrPassword", StringComparison.OrdinalIgnoreCase) || text.Contains("NotAuthorized", StringComparison.OrdinalIgnoreCase) =>
                $"the broker refused the credentials ({ex.Message}). Check Agent:Broker:Username ({{store}}/{{device}} by default) and Agent:Broker:Password (the secret issued when the device was provisioned).",
            _ when text.Contains("refused", StringComparison.OrdinalIgnoreCase) =>
                $"connection refused ({ex.Message}). Is the broker running, and are Agent:Broker:Host and Agent:Broker:Port right?",
            _ when text.Contains("certificate", StringComparison.OrdinalIgnoreCase) || text.Contains("SSL", StringComparison.OrdinalIgnoreCase) =>
                $"TLS failed ({ex.Message}). Check Agent:Broker:CaCertificatePath and that the broker's certificate names Agent:Broker:Host.",
            _ => $"{ex.Message}. Check the network and Agent:Broker:Host/Port.",
        };
    }

    private sealed class Subscription(string filter, Func<string, ReadOnlyMemory<byte>, CancellationToken, ValueTask> handler, MqttEdgeLink owner) : IDisposable
    {
        public string Filter { get; } = filter;

        public Func<string, ReadOnlyMemory<byte>, CancellationToken, ValueTask> Handler { get; } = handler;

        public void Dispose()
        {
            lock (owner.gate)
            {
                owner.subscriptions.Remove(this);
            }
        }
    }
}

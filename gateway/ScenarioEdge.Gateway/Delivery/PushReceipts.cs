using System.Buffers;
using System.Threading.Channels;
using MQTTnet;
using ScenarioEdge.Gateway.Messaging;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Delivery;

/// <summary>
/// What became of published pushes: the app's own PUBACK marks its push delivered (in batches, off the broker's
/// connection loop); when an app subscribes to its push topic, its undelivered pushes are published again (same
/// ids, so the app can tell a repeat). With an external broker only app feedback reports delivery (the broker keeps
/// the apps' sessions and their queued pushes across a gateway restart).
/// </summary>
public sealed class PushReceipts(
    IDeliveryReports reports,
    PushLedger ledger,
    IMessageBus bus,
    GatewayMetrics metrics,
    TimeProvider time,
    ILogger<PushReceipts> log) : BackgroundService
{
    private const string AppsPrefix = "se/v1/apps/";
    private const int BatchSize = 512;
    private readonly Channel<PushAcknowledgement> _acknowledged = Channel.CreateUnbounded<PushAcknowledgement>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SubscriptionQueue _subscribed = new();

    /// <summary>Apps waiting for their undelivered pushes to be looked up again (at most one entry per install).</summary>
    internal int WaitingSubscriptions => _subscribed.Waiting;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        reports.Acknowledged += OnAcknowledged;
        reports.Subscribed += OnSubscribed;
        return base.StartAsync(cancellationToken);
    }

    /// <summary>Runs after the broker stopped: the acknowledgements still queued are written before LiteDB closes.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _acknowledged.Writer.TryComplete();
        _subscribed.Complete();
        await base.StopAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Task.Run(RecordDeliveriesAsync, CancellationToken.None), Task.Run(() => ResendOnSubscribeAsync(stoppingToken), CancellationToken.None));

    private async Task RecordDeliveriesAsync()
    {
        var batch = new List<PushAcknowledgement>(BatchSize);
        while (await _acknowledged.Reader.WaitToReadAsync())
        {
            while (batch.Count < BatchSize && _acknowledged.Reader.TryRead(out var ack))
            {
                batch.Add(ack);
            }

            try
            {
                ledger.MarkDelivered(batch);
            }
            catch (Exception ex) when (ex is LiteDB.LiteException or IOException)
            {
                log.LogError(ex, "Could not record {Count} push deliveries: {Message}", batch.Count, ex.Message);
            }

            batch.Clear();
        }
    }

    private async Task ResendOnSubscribeAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (install, at) in _subscribed.ReadAllAsync(stoppingToken))
            {
                await ResendAsync(ledger.ToResend(install, at), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ResendAsync(List<PushRecord> pushes, CancellationToken cancellationToken)
    {
        if (pushes.Count == 0)
        {
            return;
        }

        ledger.MarkPublished(pushes);
        foreach (var push in pushes)
        {
            try
            {
                await bus.PublishAsync(Topics.AppPush(push.Install), ProtocolCodec.Encode(PushLedger.ToMessage(push)), retain: false, cancellationToken);
                metrics.CountPushResent();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning("Push {PushId} to install {Install} could not be published again ({Message}); it waits for the next subscription", push.Id, push.Install, ex.Message);
            }
        }

        log.LogInformation("Published {Count} unacknowledged pushes again to install {Install}", pushes.Count, pushes[0].Install);
    }

    private void OnAcknowledged(string userName, string topic, ReadOnlySequence<byte> payload)
    {
        // Only the app's own acknowledgement counts: an observer reading every push says nothing about the phone.
        if (PushId(topic, payload, out var install) is { } id && string.Equals(userName, ClientPrincipal.App(install).UserName, StringComparison.Ordinal))
        {
            _acknowledged.Writer.TryWrite(new PushAcknowledgement(id, install, time.GetUtcNow().UtcDateTime));
        }
    }

    private void OnSubscribed(string clientId, string filter)
    {
        if (!filter.StartsWith(AppsPrefix, StringComparison.Ordinal))
        {
            return;
        }

        var end = filter.IndexOf('/', AppsPrefix.Length);
        var install = end < 0 ? filter[AppsPrefix.Length..] : filter[AppsPrefix.Length..end];
        if (install.Length > 0 && !install.Contains('+', StringComparison.Ordinal) && !install.Contains('#', StringComparison.Ordinal)
            && MqttTopicFilterComparer.Compare(Topics.AppPush(install), filter) == MqttTopicFilterCompareResult.IsMatch)
        {
            _subscribed.Add(install, time.GetUtcNow().UtcDateTime);
        }
    }

    private static string? PushId(string topic, ReadOnlySequence<byte> payload, out string install)
    {
        install = "";
        if (!topic.StartsWith(AppsPrefix, StringComparison.Ordinal) || !TopicParser.TryParse(topic, out var address) || address.Kind != TopicKind.AppPush)
        {
            return null;
        }

        install = address.Owner.ToString();
        var decoded = ProtocolCodec.Decode<AppPush>(payload);
        return decoded.Ok ? decoded.Value!.Id : null;
    }
}

using System.Threading.Channels;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Observability;

namespace ScenarioEdge.Gateway.Delivery;

/// <summary>
/// Hands push intents from the partition workers to the delivery service without blocking them. Bounded: when
/// delivery cannot keep up the intent is refused, counted and logged, never queued without limit.
/// </summary>
public sealed class PushQueue(GatewayMetrics metrics, ILogger<PushQueue> log)
{
    private readonly Channel<PushIntent> _channel = Channel.CreateBounded<PushIntent>(new BoundedChannelOptions(10_000)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    internal ChannelReader<PushIntent> Reader => _channel.Reader;

    /// <summary>Shutdown: no more intents; delivery finishes those queued.</summary>
    internal void Complete() => _channel.Writer.TryComplete();

    public void Enqueue(PushIntent intent)
    {
        if (!_channel.Writer.TryWrite(intent))
        {
            metrics.CountPushFailed();
            log.LogWarning("Delivery queue is full; push {Campaign} to shopper {Shopper} dropped. Check the broker and /metrics se_pushes_failed_total", intent.Campaign, intent.Shopper);
        }
    }
}

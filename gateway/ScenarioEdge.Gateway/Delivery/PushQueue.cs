using System.Threading.Channels;
using ScenarioEdge.Gateway.Observability;

namespace ScenarioEdge.Gateway.Delivery;

/// <summary>
/// Hands push intents from the partition workers to the delivery service without blocking them. Bounded: when
/// delivery cannot keep up the intent is refused, counted and logged in the refusal summaries, never queued without limit.
/// </summary>
public sealed class PushQueue(GatewayMetrics metrics, RefusalLog refusals)
{
    private readonly Channel<PushIntent> _channel = Channel.CreateBounded<PushIntent>(new BoundedChannelOptions(10_000)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    internal ChannelReader<PushIntent> Reader => _channel.Reader;

    /// <summary>Shutdown: no more intents; delivery finishes those queued.</summary>
    internal void Complete() => _channel.Writer.TryComplete();

    /// <summary>
    /// Queues the intent, waiting for room while delivery catches up (the campaign runtime hands messages on beside
    /// its decisions, so waiting here holds no decision up); false (counted and summarised) once delivery has stopped.
    /// </summary>
    public async ValueTask<bool> EnqueueAsync(PushIntent intent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        if (_channel.Writer.TryWrite(intent))
        {
            return true;
        }

        try
        {
            await _channel.Writer.WriteAsync(intent, cancellationToken);
            return true;
        }
        catch (ChannelClosedException)
        {
            metrics.CountPushFailed();
            refusals.Refused("(delivery)", "push_queue_closed", "push", intent.Campaign, "push delivery has stopped; check se_pushes_failed_total");
            return false;
        }
    }

    /// <summary>Queues the intent; false (counted and summarised) when the queue is full.</summary>
    public bool Enqueue(PushIntent intent)
    {
        if (_channel.Writer.TryWrite(intent))
        {
            return true;
        }

        metrics.CountPushFailed();
        // Summarised, not one line a push: a stuck broker makes this happen for every decision.
        refusals.Refused("(delivery)", "push_queue_full", "push", intent.Campaign, "the delivery queue is full; check the broker and se_pushes_failed_total");
        return false;
    }
}

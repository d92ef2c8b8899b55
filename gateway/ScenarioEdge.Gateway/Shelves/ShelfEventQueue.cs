using System.Threading.Channels;

namespace ScenarioEdge.Gateway.Shelves;

/// <summary>
/// Hands accepted shelf events from ingest to the shelf trigger stage (campaigns). Bounded and waiting: shelf events are few
/// (human-speed), so a full queue means the stage is stuck, and ingest should feel it rather than lose events.
/// </summary>
public sealed class ShelfEventQueue
{
    private readonly Channel<ShelfWork> _channel = Channel.CreateBounded<ShelfWork>(new BoundedChannelOptions(1024)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    internal ChannelReader<ShelfWork> Reader => _channel.Reader;

    /// <summary>Shutdown: no more shelf events; the stage finishes those queued.</summary>
    internal void Complete() => _channel.Writer.TryComplete();

    public ValueTask EnqueueAsync(ShelfWork work, CancellationToken cancellationToken) =>
        _channel.Writer.TryWrite(work) ? ValueTask.CompletedTask : _channel.Writer.WriteAsync(work, cancellationToken);
}

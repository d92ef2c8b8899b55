using System.Threading.Channels;
using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Observability;

namespace ScenarioEdge.Gateway.Presence;

/// <summary>
/// Owns presence state in N partitions, each a single-threaded worker over a bounded channel: a shopper's
/// sightings always go to the same partition (hash of the shopper id), so order per shopper is kept and the hot path
/// takes no locks. Full channels push back on ingest (and through it on the publishing client) instead of growing.
/// </summary>
public sealed class PresenceEngine : BackgroundService
{
    private const int ChannelCapacity = 8192;
    private readonly Channel<PresenceWork>[] _partitions;
    private readonly PresenceTracker[] _trackers;
    private readonly IEnumerable<IPresenceSink> _sinks;
    private readonly GatewayMetrics _metrics;
    private readonly ILogger<PresenceEngine> _log;

    public PresenceEngine(IOptions<PresenceOptions> options, IEnumerable<IPresenceSink> sinks, GatewayMetrics metrics, ILogger<PresenceEngine> log)
    {
        var count = Math.Max(1, Environment.ProcessorCount);
        _partitions = new Channel<PresenceWork>[count];
        _trackers = new PresenceTracker[count];
        for (var i = 0; i < count; i++)
        {
            _partitions[i] = Channel.CreateBounded<PresenceWork>(new BoundedChannelOptions(ChannelCapacity)
            {
                SingleReader = true,
                FullMode = BoundedChannelFullMode.Wait,
            });
            _trackers[i] = new PresenceTracker(options.Value);
        }

        _sinks = sinks;
        _metrics = metrics;
        _log = log;
    }

    /// <summary>Queues a sighting of a resolved shopper in a zone.</summary>
    internal ValueTask ObserveAsync(string store, string shopper, string zone, double rssi, DateTimeOffset at, long arrival, CancellationToken cancellationToken)
    {
        var partition = _partitions[PartitionOf(shopper)];
        var work = new PresenceWork(false, store, shopper, zone, rssi, at, arrival);
        return partition.Writer.TryWrite(work) ? ValueTask.CompletedTask : partition.Writer.WriteAsync(work, cancellationToken);
    }

    /// <summary>Tells every partition that event time in <paramref name="store"/> reached <paramref name="watermark"/>.</summary>
    internal async ValueTask TickAsync(string store, DateTimeOffset watermark, CancellationToken cancellationToken)
    {
        var work = new PresenceWork(true, store, null, null, 0, watermark, 0);
        foreach (var partition in _partitions)
        {
            await partition.Writer.WriteAsync(work, cancellationToken);
        }
    }

    /// <summary>Drops all presence state of <paramref name="shopper"/> (erasure, withdrawn consent).</summary>
    public void Forget(string shopper)
    {
        var partition = _partitions[PartitionOf(shopper)];
        var work = new PresenceWork(false, "", shopper, null, 0, default, 0);

        // Forget travels through the owner's queue so the state is dropped by the one thread that owns it.
        if (!partition.Writer.TryWrite(work))
        {
            _ = partition.Writer.WriteAsync(work).AsTask();
        }
    }

    private int PartitionOf(string shopper) => (int)((uint)string.GetHashCode(shopper, StringComparison.Ordinal) % (uint)_partitions.Length);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_partitions.Select((channel, i) => Task.Run(() => RunPartitionAsync(channel.Reader, _trackers[i], stoppingToken), stoppingToken)));

    private async Task RunPartitionAsync(ChannelReader<PresenceWork> reader, PresenceTracker tracker, CancellationToken stoppingToken)
    {
        var output = new List<PresenceTransition>();
        try
        {
            await foreach (var work in reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    if (work.IsTick)
                    {
                        tracker.Advance(work.Store, work.At, output);
                    }
                    else if (work.Zone is null)
                    {
                        tracker.Forget(work.Shopper!);
                    }
                    else if (tracker.Apply(work.Store, work.Shopper!, work.Zone!, work.Rssi, work.At, work.Arrival) is { } transition)
                    {
                        output.Add(transition);
                    }

                    foreach (var transition in output)
                    {
                        Publish(transition);
                    }
                }
                catch (Exception ex)
                {
                    // One bad unit of work must not stop the partition: log it and go on.
                    _log.LogError(ex, "Presence partition failed on work for store {Store}: {Message}", work.Store, ex.Message);
                }
                finally
                {
                    output.Clear();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void Publish(PresenceTransition transition)
    {
        _metrics.Presence.Add((int)transition.Kind);
        _log.LogInformation(
            "Shopper {Shopper} {Transition} store {Store} zone {Zone} at {At:O}: {Reason}",
            transition.Shopper, transition.Kind, transition.Store, transition.Zone ?? transition.PreviousZone, transition.At, transition.Reason);
        foreach (var sink in _sinks)
        {
            sink.OnTransition(transition);
        }
    }
}

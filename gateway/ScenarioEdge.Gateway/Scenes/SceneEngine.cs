using System.Threading.Channels;
using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Scenes;

/// <summary>
/// Owns scene state in N partitions, each a single-threaded worker over a bounded channel: a shopper's signals
/// always go to the same partition (hash of the shopper id), so order per shopper is kept and the hot path takes no
/// locks. Full channels push back on ingest instead of growing.
/// </summary>
public sealed class SceneEngine : BackgroundService
{
    private const int ChannelCapacity = 8192;
    private readonly Channel<SceneWork>[] _partitions;
    private readonly SceneTracker[] _trackers;
    private readonly SceneChangeDispatcher _publisher;
    private readonly RouteHabitStore _habits;
    private readonly LiveSignals _live;
    private readonly LiveFactSinks _facts;
    private readonly GatewayMetrics _metrics;
    private readonly ILogger<SceneEngine> _log;
    private readonly double _shelfMarginDb;
    private readonly System.Collections.Concurrent.ConcurrentQueue<SceneWork> _forgetAtStop = new();

    public SceneEngine(IOptions<SceneOptions> options, SceneChangeDispatcher publisher, RouteHabitStore habits, LiveSignals live, IEnumerable<ILiveFactSink> factSinks, GatewayMetrics metrics, ILogger<SceneEngine> log)
    {
        var count = Math.Max(1, Environment.ProcessorCount);
        _partitions = new Channel<SceneWork>[count];
        _trackers = new SceneTracker[count];
        for (var i = 0; i < count; i++)
        {
            _partitions[i] = Channel.CreateBounded<SceneWork>(new BoundedChannelOptions(ChannelCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
            _trackers[i] = new SceneTracker(options.Value);
        }

        _publisher = publisher;
        _habits = habits;
        _live = live;
        _facts = new LiveFactSinks(factSinks);
        _metrics = metrics;
        _log = log;
        _shelfMarginDb = options.Value.Dwell.ShelfAttributionMarginDb;
    }

    internal ValueTask ObserveAsync(in SceneSignal signal, CancellationToken cancellationToken)
    {
        var partition = _partitions[PartitionOf(signal.Shopper)];
        var work = new SceneWork(SceneWorkKind.Signal, signal, null, 0, null);
        return partition.Writer.TryWrite(work) ? ValueTask.CompletedTask : partition.Writer.WriteAsync(work, cancellationToken);
    }

    /// <summary>Tells every partition that event time in <paramref name="store"/> reached <paramref name="watermark"/>.</summary>
    internal async ValueTask TickAsync(string store, DateTimeOffset watermark, CancellationToken cancellationToken)
    {
        var work = new SceneWork(SceneWorkKind.Tick, default, store, watermark.UtcTicks, null);
        foreach (var partition in _partitions)
        {
            await partition.Writer.WriteAsync(work, cancellationToken);
        }
    }

    /// <summary>
    /// A shelf event at <paramref name="shelf"/> in <paramref name="zone"/>: every partition reports its shoppers
    /// there, the last one decides whether it can be attributed (<see cref="ShelfTouch"/>).
    /// </summary>
    internal async ValueTask ShelfAsync(string store, string zone, string shelf, ShelfEvent shelfEvent, long arrival, CancellationToken cancellationToken)
    {
        var work = new SceneWork(SceneWorkKind.Shelf, default, store, 0, null, new ShelfTouch(store, zone, shelf, shelfEvent, arrival, _partitions.Length));
        foreach (var partition in _partitions)
        {
            await partition.Writer.WriteAsync(work, cancellationToken);
        }
    }

    /// <summary>Forgets the live scene of <paramref name="shopper"/> (consent withdrawn, erasure).</summary>
    public ValueTask ForgetAsync(string shopper, CancellationToken cancellationToken) =>
        ForgetOrDeferAsync(new SceneWork(SceneWorkKind.Forget, default, null, 0, shopper), cancellationToken);

    /// <summary>Forgets the route habit of <paramref name="shopper"/>, in memory and then in LiteDB (activity consent withdrawn, erasure).</summary>
    public ValueTask ForgetHabitAsync(string shopper, CancellationToken cancellationToken) =>
        ForgetOrDeferAsync(new SceneWork(SceneWorkKind.ForgetHabit, default, null, 0, shopper), cancellationToken);

    // Once shutdown has closed the partitions, a forget is applied as the engine stops, before the last habit
    // snapshot: an erasure in those seconds must not be written back.
    private async ValueTask ForgetOrDeferAsync(SceneWork work, CancellationToken cancellationToken)
    {
        try
        {
            await _partitions[PartitionOf(work.Shopper!)].Writer.WriteAsync(work, cancellationToken);
        }
        catch (ChannelClosedException)
        {
            _forgetAtStop.Enqueue(work);
        }
    }

    /// <summary>Retention: every partition forgets habit days before <paramref name="cutoff"/>.</summary>
    public async ValueTask ExpireHabitsAsync(DateTime cutoff, CancellationToken cancellationToken)
    {
        var work = new SceneWork(SceneWorkKind.ExpireHabits, default, null, cutoff.Ticks, null);
        foreach (var partition in _partitions)
        {
            await partition.Writer.WriteAsync(work, cancellationToken);
        }
    }

    private void SaveHabits(SceneTracker tracker, long watermark, List<RouteHabitSnapshot> records)
    {
        tracker.Habits.TakeChanged(watermark, records);
        foreach (var snapshot in records)
        {
            _habits.Enqueue(snapshot.ToRecord());
        }

        records.Clear();
    }

    private int PartitionOf(string shopper) => (int)((uint)string.GetHashCode(shopper, StringComparison.Ordinal) % (uint)_partitions.Length);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Before the partitions run, so each habit is handed to its owner without a lock.
        try
        {
            foreach (var record in _habits.LoadAll())
            {
                _trackers[PartitionOf(record.Id)].Habits.Load(record.ToSnapshot());
            }
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException)
        {
            _log.LogError(ex, "Could not load route habits ({Message}); they are learnt again", ex.Message);
        }

        return Task.WhenAll(_partitions.Select((channel, i) => Task.Run(() => RunPartitionAsync(channel.Reader, _trackers[i], stoppingToken), stoppingToken)));
    }

    /// <summary>
    /// Shutdown, after ingest closed: takes no more work and completes once the partitions have applied what is
    /// queued (or <paramref name="cancellationToken"/> ends the wait).
    /// </summary>
    internal async Task DrainAsync(CancellationToken cancellationToken)
    {
        foreach (var partition in _partitions)
        {
            partition.Writer.TryComplete();
        }

        await this.FinishQueuedAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        var left = 0;
        foreach (var partition in _partitions)
        {
            while (partition.Reader.TryRead(out _))
            {
                left++;
            }
        }

        if (left > 0)
        {
            _metrics.ShutdownDropped.Add(0, left);
            _log.LogWarning("Stopped with {Count} scene signals not yet applied; counted in se_shutdown_dropped_total", left);
        }

        if (ExecuteTask is { IsCompleted: true })
        {
            // The partitions have stopped: what changed since the last snapshot is kept now.
            while (_forgetAtStop.TryDequeue(out var forget))
            {
                var tracker = _trackers[PartitionOf(forget.Shopper!)];
                if (forget.Kind == SceneWorkKind.ForgetHabit)
                {
                    tracker.ForgetHabit(forget.Shopper!);
                    _habits.EnqueueDelete(forget.Shopper!);
                }
                else
                {
                    tracker.Forget(forget.Shopper!);
                    _live.Forget(forget.Shopper!);
                    _facts.Forgotten(forget.Shopper!);
                }
            }

            var records = new List<RouteHabitSnapshot>();
            foreach (var tracker in _trackers)
            {
                tracker.Habits.TakeChanged(0, records, now: true);
            }

            foreach (var snapshot in records)
            {
                _habits.Save(snapshot.ToRecord());
            }
        }
    }

    // On the partition that reported last. The chosen shopper may live in another partition: hand it over without
    // waiting on a full channel here, so that two partitions never wait on each other.
    private void Attribute(ShelfTouch touch, CancellationToken stoppingToken)
    {
        if (touch.Decide(_shelfMarginDb) is not { } shopper)
        {
            _log.LogInformation("Shelf {Shelf} (store {Store}, zone {Zone}): {Action}, not attributed: {Why}", touch.Shelf, touch.Store, touch.Zone, touch.Action, touch.Why);
            return;
        }

        var writer = _partitions[PartitionOf(shopper)].Writer;
        var work = new SceneWork(SceneWorkKind.ShelfAttribution, default, null, 0, shopper, touch);
        if (!writer.TryWrite(work))
        {
            _ = writer.WriteAsync(work, stoppingToken).AsTask();
        }
    }

    private async Task RunPartitionAsync(ChannelReader<SceneWork> reader, SceneTracker tracker, CancellationToken stoppingToken)
    {
        var output = new List<SceneChange>();
        var habits = new List<RouteHabitSnapshot>();
        var emptied = new List<string>();
        try
        {
            await foreach (var work in reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    var late = tracker.Late;
                    var measured = false;
                    switch (work.Kind)
                    {
                        case SceneWorkKind.Signal:
                            measured = _live.Observe(work.Signal);
                            tracker.Apply(work.Signal, output);

                            break;
                        case SceneWorkKind.Tick:
                            _live.Advance(work.Watermark);
                            tracker.Advance(work.Store!, work.Watermark, output);
                            SaveHabits(tracker, work.Watermark, habits);
                            break;
                        case SceneWorkKind.ForgetHabit:
                            tracker.ForgetHabit(work.Shopper!);
                            _habits.EnqueueDelete(work.Shopper!);
                            break;
                        case SceneWorkKind.ExpireHabits:
                            tracker.ExpireHabits(work.Watermark, emptied);
                            emptied.ForEach(_habits.EnqueueDelete);
                            emptied.Clear();
                            break;
                        case SceneWorkKind.Shelf when tracker.Report(work.Touch!): Attribute(work.Touch!, stoppingToken); break;
                        case SceneWorkKind.Shelf: break;
                        case SceneWorkKind.ShelfAttribution: tracker.Attribute(work.Shopper!, work.Touch!, output); break;
                        default:
                            tracker.Forget(work.Shopper!);
                            _live.Forget(work.Shopper!);
                            _facts.Forgotten(work.Shopper!);
                            break;
                    }

                    if (tracker.Late != late)
                    {
                        _metrics.SceneSignalsDropped.Add(SceneDropReasons.Late);
                    }

                    foreach (var change in output)
                    {
                        _publisher.Publish(change);
                    }

                    if (measured)
                    {
                        // After the scene's own changes went out: a late fact is news only where the scene stayed.
                        _facts.Measured(work.Signal, output);
                    }
                }
                catch (Exception ex)
                {
                    // One bad unit of work must not stop the partition: log it and go on.
                    _log.LogError(ex, "Scene partition failed on {Kind} work: {Message}", work.Kind, ex.Message);
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
}

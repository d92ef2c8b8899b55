using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// Writes the campaign runtime's batches to LiteDB off its worker: a write of thousands of decisions takes seconds
/// on a small machine, and decisions must not wait for it. One write at a time; while one runs, the runtime keeps
/// collecting, so the next batch grows with the write time instead of queueing behind it. A batch that fails is kept
/// and written first next time. Erasure waits for the write in flight, so nothing erased is written after it. The
/// shoppers' whereabouts are written here too, after the batch, so that one thread writes all of the campaign
/// runtime's collections (ShopperContexts keeps its own changed set under the lock its erasure takes).
/// </summary>
internal sealed class CampaignWriter(GatewayDatabase database, GatewayMetrics metrics, TimeProvider time, ILogger log, ShopperContexts? whereabouts = null)
{
    private readonly Lock _writing = new();
    private readonly List<Delivery.CampaignMessage> _written = [];
    private CampaignWriteBatch? _failed;
    private Task _inFlight = Task.CompletedTask;
    private volatile bool _hasFailed;

    /// <summary>A write is running.</summary>
    public bool Busy => !_inFlight.IsCompleted;

    /// <summary>The last write failed; its batch waits for the next.</summary>
    public bool HasFailed => _hasFailed;

    /// <summary>Starts writing <paramref name="batch"/> in the background (the caller checked <see cref="Busy"/>).</summary>
    public void Start(CampaignWriteBatch batch) => _inFlight = Task.Run(() => Write(batch));

    /// <summary>Writes <paramref name="batch"/> now, after the write in flight (shutdown, a question to the decision API).</summary>
    public bool WriteNow(CampaignWriteBatch batch)
    {
        // The batch in flight is older: it goes in first, or an older limit state would overwrite a newer one.
        WaitForInFlight();
        return Write(batch);
    }

    /// <summary>Erasure: waits for the write in flight and takes the shopper out of a failed batch.</summary>
    public void Forget(string shopper)
    {
        WaitForInFlight();
        lock (_writing)
        {
            _failed?.Forget(shopper);
        }

        lock (_written)
        {
            _written.RemoveAll(m => m.Shopper == shopper);
        }
    }

    /// <summary>Moves the held messages whose batch is written into <paramref name="outbox"/>.</summary>
    public void TakeWritten(List<Delivery.CampaignMessage> outbox)
    {
        lock (_written)
        {
            outbox.AddRange(_written);
            _written.Clear();
        }
    }

    // Write catches what a write throws, so the task in flight never faults; it may not have taken the lock yet.
    private void WaitForInFlight() => _inFlight.GetAwaiter().GetResult();

    private bool Write(CampaignWriteBatch batch)
    {
        lock (_writing)
        {
            if (_failed is not null)
            {
                _failed.Merge(batch);
                batch = _failed;
                _failed = null;
            }

            if (batch.Count == 0 && whereabouts?.HasPending != true)
            {
                _hasFailed = false;
                return true;
            }

            try
            {
                var started = time.GetTimestamp();
                batch.Write(database);
                whereabouts?.Flush();
                lock (_written)
                {
                    _written.AddRange(batch.Held);
                }

                batch.Held.Clear();
                metrics.CampaignWrites.Observe(time.GetElapsedTime(started).TotalSeconds);
                _hasFailed = false;
                return true;
            }
            catch (Exception ex) when (ex is LiteDB.LiteException or IOException)
            {
                // Kept in memory and written first next time.
                _failed = batch;
                _hasFailed = true;
                log.LogError(ex, "Could not write {Count} campaign decisions, limits and deferrals ({Message}); trying again", batch.Count, ex.Message);
                return false;
            }
        }
    }
}

using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Identity;

/// <summary>
/// The one cache of who and what the gateway knows — devices by store, shoppers with their consents, app installs,
/// rotating-token keys, wearables, beacons and store layouts — as one immutable <see cref="IdentitySnapshot"/>.
/// Every writer of those LiteDB collections calls <see cref="Changed"/> after its write and before it answers; the
/// next reader then builds the next snapshot, once for all readers, so that a withdrawal or an erasure holds for every
/// message read after the call returned, and a burst of changes costs one rebuild, not one per change.
/// </summary>
public sealed class IdentityDirectory(GatewayDatabase database)
{
    private readonly Lock _build = new();
    private long _generation;
    private long _builds;
    private IdentitySnapshot? _snapshot;

    /// <summary>Counts the changes: a snapshot of an older generation is never handed out again.</summary>
    public long Generation => Volatile.Read(ref _generation);

    /// <summary>Snapshots built so far (a reader waits for the build of its generation rather than building its own).</summary>
    internal long Builds => Volatile.Read(ref _builds);

    /// <summary>
    /// The snapshot of the current generation. A reader takes it once per message (or per sighting of a batch) and
    /// asks it everything, so one answer never mixes two generations.
    /// </summary>
    public IdentitySnapshot Current
    {
        get
        {
            var snapshot = Volatile.Read(ref _snapshot);
            return snapshot is not null && snapshot.Generation == Volatile.Read(ref _generation) ? snapshot : Build();
        }
    }

    /// <summary>
    /// Devices, shoppers, installs, consents, wearables, stores or beacons changed in LiteDB: the current snapshot
    /// is dropped (with the token keys and consents it held) and the next reader builds the next one.
    /// </summary>
    public void Changed()
    {
        Interlocked.Increment(ref _generation);
        Volatile.Write(ref _snapshot, null);
    }

    private IdentitySnapshot Build()
    {
        lock (_build)
        {
            var generation = Volatile.Read(ref _generation);
            var snapshot = Volatile.Read(ref _snapshot);
            if (snapshot is not null && snapshot.Generation == generation)
            {
                return snapshot;
            }

            // Read after the generation: a write that bumped it before is in what we read. A change during the read
            // bumps it again, so this snapshot answers this reader (whose call overlapped the change) and no later one.
            snapshot = IdentitySnapshot.Read(database, generation);
            Interlocked.Increment(ref _builds);
            Volatile.Write(ref _snapshot, snapshot);
            return snapshot;
        }
    }
}

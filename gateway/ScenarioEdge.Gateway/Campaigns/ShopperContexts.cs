using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// Where each shopper is now (store, visit, zone, scene), kept from the scene stream as it happens, so that a
/// deferred, arbitrated or queued message is checked against the present, not against the moment it was decided; and
/// each shopper's first store visit ever, which tells a new shopper from a returning one. Written on the partition
/// workers (one shopper always on the same one), read by the campaign runtime and the alert source; written to LiteDB
/// by the campaign runtime's flush, in the same batches as its decisions (at most <see cref="CampaignOptions.WriteDelay"/>
/// later, and once more at shutdown), and read back at start.
/// </summary>
/// <remarks>
/// The scene engine starts empty after a restart, so a shopper still in the store enters again: within the grace
/// (twice the scene's exit-after-signal-loss) that entry continues the visit read back instead of starting a new one.
/// A shopper read back as in a store and not heard again within the grace has left.
/// </remarks>
public sealed class ShopperContexts
{
    private static readonly ShopperContext Away = new(null, null, null, SceneState.Unknown);
    private readonly ConcurrentDictionary<string, Whereabouts> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _dirty = new(StringComparer.Ordinal);
    private readonly Lock _write = new();
    private readonly GatewayDatabase _database;
    private readonly TimeProvider _time;
    private readonly DateTimeOffset _restoredUntil;
    private readonly ILogger<ShopperContexts> _log;

    public ShopperContexts(GatewayDatabase database, IOptions<ScenarioEdge.Scenes.SceneOptions> scenes, TimeProvider time, ILogger<ShopperContexts> log)
    {
        _database = database;
        _time = time;
        _log = log;
        _restoredUntil = time.GetUtcNow() + (2 * scenes.Value.Presence.ExitAfterSignalLoss);
        Load();
    }

    /// <summary>Whether changes wait to be written (cheap: the runtime asks on every turn).</summary>
    internal bool HasPending => !_dirty.IsEmpty;

    public ShopperContext Of(string shopper) => _entries.TryGetValue(shopper, out var entry) ? Current(entry) : default;

    /// <summary>When the shopper's whereabouts last changed (for a shopper away from every store: when they left), or null.</summary>
    public DateTimeOffset? ChangedAt(string shopper) => _entries.TryGetValue(shopper, out var entry) ? entry.ChangedAt : null;

    /// <summary>
    /// New until the end of the first store visit ever (and before any), returning after it. A trigger that names no
    /// visit (a scene) is judged by the visit the shopper is in now.
    /// </summary>
    public ShopperKind KindOf(string shopper, string? visit) =>
        _entries.TryGetValue(shopper, out var entry) && entry.FirstVisit is { } first && first != (visit ?? entry.Context.Visit)
            ? ShopperKind.Returning
            : ShopperKind.New;

    /// <summary>Sets where the shopper is; the first visit ever is remembered.</summary>
    internal void Set(string shopper, ShopperContext context)
    {
        var now = _time.GetUtcNow();
        _entries.AddOrUpdate(
            shopper,
            static (_, a) => new Whereabouts(a.Context, a.Context.Visit, a.Now, Restored: false),
            static (_, old, a) => new Whereabouts(a.Context, old.FirstVisit ?? a.Context.Visit, a.Now, Restored: false),
            (Context: context, Now: now));
        _dirty[shopper] = 0;
    }

    /// <summary>
    /// The visit read back at start that an entry into <paramref name="store"/> continues (the engine restarted while
    /// the shopper stayed), or null when the entry is a new visit.
    /// </summary>
    internal string? Resumed(string shopper, string store) =>
        _entries.TryGetValue(shopper, out var entry) && entry.Restored && entry.Context.Store == store && _time.GetUtcNow() < _restoredUntil
            ? entry.Context.Visit
            : null;

    /// <summary>
    /// True while the shopper's in-store whereabouts are only those read back at start: neither confirmed by the scene
    /// stream nor past the grace. A deferred in-store offer waits for the answer.
    /// </summary>
    internal bool Unconfirmed(string shopper) =>
        _entries.TryGetValue(shopper, out var entry) && entry.Restored && entry.Context.Store is not null && _time.GetUtcNow() < _restoredUntil;

    /// <summary>The shoppers in one of <paramref name="stores"/> now (an alert for an area: rare, so a walk over all is fine).</summary>
    internal IEnumerable<(string Shopper, ShopperContext Context)> InStores(IReadOnlyCollection<string> stores)
    {
        foreach (var (shopper, entry) in _entries)
        {
            var context = Current(entry);
            if (context.Store is { } store && stores.Contains(store))
            {
                yield return (shopper, context);
            }
        }
    }

    /// <summary>Erasure: the shopper's whereabouts and visit history go, from memory and from the file.</summary>
    public void Forget(string shopper)
    {
        lock (_write)
        {
            _entries.TryRemove(shopper, out _);
            _dirty.TryRemove(shopper, out _);
            _database.Whereabouts.Delete(shopper);
        }
    }

    /// <summary>Retention: shoppers not seen since <paramref name="cutoff"/> (and not in a store) are forgotten; they are new again.</summary>
    public int ExpireBefore(DateTime cutoff)
    {
        lock (_write)
        {
            FlushLocked();
            var gone = _database.Whereabouts.Find(w => w.ChangedAt < cutoff && w.Store == null).Select(w => w.Id).ToList();
            foreach (var shopper in gone)
            {
                _entries.TryRemove(shopper, out _);
                _database.Whereabouts.Delete(shopper);
            }

            return gone.Count;
        }
    }

    /// <summary>Writes every changed shopper in one LiteDB write (a failed write is tried again at the next).</summary>
    public void Flush()
    {
        lock (_write)
        {
            FlushLocked();
        }
    }

    private void FlushLocked()
    {
        if (_dirty.IsEmpty)
        {
            return;
        }

        var records = new List<WhereaboutsRecord>(_dirty.Count);
        foreach (var shopper in _dirty.Keys)
        {
            _dirty.TryRemove(shopper, out _);
            if (_entries.TryGetValue(shopper, out var entry))
            {
                records.Add(ToRecord(shopper, entry));
            }
        }

        try
        {
            _database.Whereabouts.Upsert(records);
        }
        catch
        {
            foreach (var r in records)
            {
                _dirty.TryAdd(r.Id, 0);
            }

            throw;
        }
    }

    private ShopperContext Current(Whereabouts entry) =>
        entry.Restored && entry.Context.Store is not null && _time.GetUtcNow() >= _restoredUntil ? Away : entry.Context;

    private void Load()
    {
        try
        {
            foreach (var r in _database.Whereabouts.FindAll())
            {
                var scene = Enum.TryParse<SceneState>(r.Scene, out var s) ? s : SceneState.Unknown;
                var context = new ShopperContext(r.Store, r.Visit, r.Zone, scene);
                _entries[r.Id] = new Whereabouts(context, r.FirstVisit, new DateTimeOffset(r.ChangedAt.ToUniversalTime(), TimeSpan.Zero), Restored: r.Store is not null);
            }
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException)
        {
            _log.LogError(ex, "Could not read shoppers' whereabouts ({Message}); in-store offers deferred before the restart are dropped", ex.Message);
        }
    }

    private static WhereaboutsRecord ToRecord(string shopper, Whereabouts w) => new()
    {
        Id = shopper,
        Store = w.Context.Store,
        Visit = w.Context.Visit,
        Zone = w.Context.Zone,
        Scene = w.Context.Scene.ToString(),
        FirstVisit = w.FirstVisit,
        ChangedAt = w.ChangedAt.UtcDateTime,
    };
}

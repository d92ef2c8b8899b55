using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Delivery;

/// <summary>
/// The record of every push (LiteDB <c>pushes</c>) from decision to delivery: a push is recorded before it is
/// published, is delivered once the app acknowledges it, and until then can be published again. Undelivered pushes
/// are a gauge in /metrics and a list in the operator API.
/// </summary>
public sealed class PushLedger
{
    private readonly GatewayDatabase _database;
    private readonly IdentityDirectory _identities;
    private readonly GatewayMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly TimeSpan _resendWithin;

    public PushLedger(GatewayDatabase database, IdentityDirectory identities, GatewayMetrics metrics, IOptions<DeliveryOptions> options, TimeProvider time)
    {
        (_database, _identities, _metrics, _time) = (database, identities, metrics, time);
        _resendWithin = options.Value.ResendWithin;
        metrics.ObserveUndeliveredPushes(() => database.Pushes.Count(p => p.DeliveredAt == null));
    }

    /// <summary>
    /// Records the pushes of <paramref name="intents"/> that consent and cooldown (when the intent has one) allow, one per install of the
    /// shopper, in one write, as handed to the broker now (the caller publishes them next).
    /// </summary>
    public List<RecordedPush> Record(IReadOnlyList<PushIntent> intents)
    {
        var now = _time.GetUtcNow();
        var records = new List<RecordedPush>(intents.Count);
        // One snapshot for the batch: the consents it is decided on are those the pushes are recorded under.
        var identities = _identities.Current;
        var decided = new HashSet<string>(StringComparer.Ordinal);
        foreach (var intent in intents)
        {
            var shopper = identities.Shopper(intent.Shopper);
            var since = (intent.TriggeredAt - intent.Cooldown).UtcDateTime;
            var key = PushRecord.CooldownKeyOf(intent.Shopper, intent.Store, intent.Campaign);
            // A zero cooldown: the campaign engine owns caps and cooldowns (and has already decided); only consent is checked again.
            if (shopper is null || !shopper.HasConsent(ConsentPurposes.Offers)
                || (intent.Cooldown > TimeSpan.Zero && (!decided.Add(key) || InCooldown(key, since))))
            {
                _metrics.CountPushSuppressed();
                continue;
            }

            foreach (var install in shopper.Installs)
            {
                records.Add(new RecordedPush(new PushRecord
                {
                    Id = Guid.CreateVersion7(now).ToString("N"),
                    Shopper = intent.Shopper,
                    Install = install,
                    Store = intent.Store,
                    Campaign = intent.Campaign,
                    CooldownKey = key,
                    Title = intent.Title,
                    Body = intent.Body,
                    DeepLink = intent.DeepLink,
                    ImageUrl = intent.ImageUrl,
                    Coupon = intent.Coupon,
                    Purchase = intent.Purchase,
                    TriggeredAt = intent.TriggeredAt.UtcDateTime,
                    Reason = intent.Reason,
                    RecordedAt = now.UtcDateTime,
                    PublishedAt = now.UtcDateTime,
                }, intent.Arrival));
            }
        }

        if (records.Count > 0)
        {
            var started = _time.GetTimestamp();
            _database.Pushes.InsertBulk(records.Select(r => r.Push));
            _metrics.PushWrites.Observe(_time.GetElapsedTime(started).TotalSeconds);
        }

        return records;
    }

    /// <summary>Keeps intents that could not be delivered before shutdown, in one write per thousand.</summary>
    public void Defer(IReadOnlyList<PushIntent> intents)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        foreach (var chunk in intents.Chunk(1000))
        {
            _database.DeferredPushes.Insert(new DeferredPushesRecord
            {
                DeferredAt = now,
                Intents = [.. chunk.Select(i => new DeferredPush
                {
                    Shopper = i.Shopper, Store = i.Store, Campaign = i.Campaign, Title = i.Title, Body = i.Body, Reason = i.Reason,
                    DeepLink = i.DeepLink, ImageUrl = i.ImageUrl, Coupon = i.Coupon, Purchase = i.Purchase,
                    TriggeredAt = i.TriggeredAt.UtcDateTime, CooldownTicks = i.Cooldown.Ticks,
                })],
            });
        }
    }

    /// <summary>Intents kept at the last shutdown, by the id of the document that holds them.</summary>
    public IEnumerable<(long Id, List<PushIntent> Intents)> Deferred() =>
        _database.DeferredPushes.FindAll().ToList().Select(d => (d.Id, d.Intents.Select(i => new PushIntent(
            i.Shopper, i.Store, i.Campaign, i.Title, i.Body, i.Reason,
            new DateTimeOffset(i.TriggeredAt.ToUniversalTime(), TimeSpan.Zero), 0, TimeSpan.FromTicks(i.CooldownTicks))
        {
            DeepLink = i.DeepLink,
            ImageUrl = i.ImageUrl,
            Coupon = i.Coupon,
            Purchase = i.Purchase,
        }).ToList()));

    /// <summary>The intents of deferred document <paramref name="id"/> are delivered.</summary>
    public void DeferredDone(long id) => _database.DeferredPushes.Delete(id);

    // One equality on the key alone, so that LiteDB seeks its index rather than scanning by time.
    private bool InCooldown(string key, DateTime since) =>
        _database.Pushes.Find(p => p.CooldownKey == key).Any(p => p.TriggeredAt.ToUniversalTime() > since);

    /// <summary>
    /// Apps acknowledged these pushes: one LiteDB write for the lot (each write is a commit, and a commit per push does
    /// not keep up). Pushes already delivered, or not of the acknowledging install, are skipped.
    /// </summary>
    public int MarkDelivered(IReadOnlyList<PushAcknowledgement> acknowledgements)
    {
        var delivered = new List<PushRecord>(acknowledgements.Count);
        foreach (var ack in acknowledgements)
        {
            if (_database.Pushes.FindById(ack.PushId) is { DeliveredAt: null } push && string.Equals(push.Install, ack.Install, StringComparison.Ordinal)
                && delivered.TrueForAll(d => !string.Equals(d.Id, push.Id, StringComparison.Ordinal)))
            {
                push.DeliveredAt = ack.At;
                delivered.Add(push);
            }
        }

        if (delivered.Count > 0)
        {
            _database.Pushes.Update(delivered);
            for (var i = 0; i < delivered.Count; i++)
            {
                _metrics.CountPushDelivered();
            }
        }

        return delivered.Count;
    }

    /// <summary>Marks <paramref name="pushes"/> handed to the broker now, in one write.</summary>
    public void MarkPublished(List<PushRecord> pushes)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        pushes.ForEach(p => p.PublishedAt = now);
        _database.Pushes.Update(pushes);
    }

    /// <summary>
    /// Undelivered pushes of <paramref name="install"/> published before its app subscribed at <paramref name="subscribedAt"/>: the broker may
    /// not hold them (recorded at shutdown, published before a restart, or no app was listening). A push the broker
    /// still held arrives twice, with the same id.
    /// </summary>
    public List<PushRecord> ToResend(string install, DateTime subscribedAt)
    {
        var oldest = _time.GetUtcNow().UtcDateTime - _resendWithin;
        // LiteDB hands dates back in local time: compare in UTC. Pushes published since the subscription reached it.
        return _database.Pushes.Find(p => p.Install == install && p.DeliveredAt == null)
            .Where(p => p.RecordedAt.ToUniversalTime() >= oldest && (p.PublishedAt ?? DateTime.MinValue).ToUniversalTime() < subscribedAt)
            .OrderBy(p => p.RecordedAt)
            .ToList();
    }

    /// <summary>Undelivered pushes per store: how many and the oldest.</summary>
    public List<UndeliveredPushes> Undelivered() =>
        _database.Pushes.Find(p => p.DeliveredAt == null)
            .GroupBy(p => p.Store, StringComparer.Ordinal)
            .Select(g => new UndeliveredPushes(g.Key, g.Count(), g.Min(p => p.RecordedAt).ToUniversalTime()))
            .OrderBy(u => u.Store, StringComparer.Ordinal)
            .ToList();

    /// <summary>The push message of a record; the same id every time it is published, so the app can tell a repeat.</summary>
    public static AppPush ToMessage(PushRecord push) => new()
    {
        Id = push.Id,
        Ts = new DateTimeOffset(push.TriggeredAt.ToUniversalTime(), TimeSpan.Zero),
        Campaign = push.Campaign,
        Title = push.Title,
        Body = push.Body,
        DeepLink = push.DeepLink,
        ImageUrl = push.ImageUrl,
        Coupon = push.Coupon,
        Store = push.Store,
        Reason = push.Reason,
    };
}

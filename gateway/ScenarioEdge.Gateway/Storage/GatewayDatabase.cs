using LiteDB;

namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// The gateway's LiteDB file: stores, devices, shoppers, pushes and retained MQTT messages. One instance per
/// process, opened in direct mode (LiteDB serialises writers itself); no repository layer over it.
/// </summary>
/// <remarks>
/// Direct mode caches pages and does not stop a second process from opening the file on Linux, so the file is
/// guarded by an exclusive lock on <c>{file}.lock</c>: a second gateway or <c>admin create-key</c> on a running
/// gateway's data directory is refused instead of corrupting it.
/// </remarks>
public sealed class GatewayDatabase : IDisposable
{
    private readonly LiteDatabase _db;
    private readonly FileStream _lock;

    // Transactions hold it shared, closing holds it exclusively: a transaction either commits before the file closes
    // or is refused, never "succeeds" against a closed file and is lost.
    private readonly ReaderWriterLockSlim _open = new(LockRecursionPolicy.NoRecursion);
    private bool _closed;

    public GatewayDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        try
        {
            _lock = new FileStream(Path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            throw new IOException($"the data file {Path} is in use by another process (a running gateway?)", ex);
        }

        var mapper = new BsonMapper();
        mapper.Entity<StoreRecord>().Id(s => s.Id, autoId: false);
        mapper.Entity<DeviceRecord>().Id(d => d.Id, autoId: false);
        mapper.Entity<BeaconRecord>().Id(b => b.Id, autoId: false);
        mapper.Entity<ShopperRecord>().Id(s => s.Id, autoId: false);
        mapper.Entity<PushRecord>().Id(p => p.Id, autoId: false);
        mapper.Entity<RetainedRecord>().Id(r => r.Topic, autoId: false);
        mapper.Entity<ApiKeyRecord>().Id(k => k.Id, autoId: false);
        mapper.Entity<CampaignDayRecord>().Id(c => c.Id, autoId: false);
        mapper.Entity<ObserverRecord>().Id(o => o.Id, autoId: false);
        mapper.Entity<SettingRecord>().Id(s => s.Id, autoId: false);
        mapper.Entity<RouteHabitRecord>().Id(h => h.Id, autoId: false);
        mapper.Entity<OfferRecord>().Id(o => o.Id, autoId: false);
        mapper.Entity<CampaignStateRecord>().Id(c => c.Id, autoId: false);
        mapper.Entity<DeferredDecisionRecord>().Id(d => d.Id, autoId: false);
        mapper.Entity<DecisionDayRecord>().Id(d => d.Id, autoId: false);
        mapper.Entity<CampaignRecord>().Id(c => c.Id, autoId: false);
        mapper.Entity<CampaignVersionRecord>().Id(v => v.Id, autoId: false);
        mapper.Entity<AlertRecord>().Id(a => a.Id, autoId: false);
        mapper.Entity<WebhookDeliveryRecord>().Id(w => w.Id, autoId: false);
        mapper.Entity<WhereaboutsRecord>().Id(w => w.Id, autoId: false);
        mapper.Entity<CouponRecord>().Id(c => c.Id, autoId: false);
        mapper.Entity<CouponVersionRecord>().Id(c => c.Id, autoId: false);
        mapper.Entity<CouponBudgetRecord>().Id(c => c.Id, autoId: false);
        mapper.Entity<CouponIssueRecord>().Id(c => c.Id, autoId: false);
        mapper.Entity<RedemptionRecord>().Id(r => r.Id, autoId: false);
        mapper.Entity<PointsEntryRecord>().Id(e => e.Id, autoId: false);
        mapper.Entity<PointsBalanceRecord>().Id(b => b.Id, autoId: false);
        mapper.Entity<JourneyRecord>().Id(j => j.Id, autoId: false);
        mapper.Entity<AssignmentRecord>().Id(a => a.Id, autoId: false);
        mapper.Entity<AttributionRecord>().Id(a => a.Id, autoId: false);
        mapper.Entity<ExperimentAlertRecord>().Id(a => a.Id, autoId: false);
        mapper.Entity<CheckoutCodeRecord>().Id(c => c.Id, autoId: false);
        try
        {
            _db = new LiteDatabase(new ConnectionString { Filename = Path, Connection = ConnectionType.Direct }, mapper);
        }
        catch
        {
            _lock.Dispose();
            throw;
        }

        Pushes.EnsureIndex(p => p.Shopper);
        Pushes.EnsureIndex(p => p.TriggeredAt);
        Pushes.EnsureIndex(p => p.Install);
        Pushes.EnsureIndex(p => p.CooldownKey);
        Shoppers.EnsureIndex(s => s.Installs);
        ConsentLog.EnsureIndex(c => c.Shopper);
        Scenes.EnsureIndex(s => s.Shopper);
        Scenes.EnsureIndex(s => s.At);
        Decisions.EnsureIndex(d => d.Shopper);
        Decisions.EnsureIndex(d => d.EventTime);
        CampaignVersions.EnsureIndex(v => v.Campaign);
        Alerts.EnsureIndex(a => a.PostedAt);
        WebhookOutbox.EnsureIndex(w => w.Shopper);
        WebhookDeadLetters.EnsureIndex(w => w.Shopper);
        WebhookSent.EnsureIndex(w => w.Shopper);
        // Unique: the ledger itself refuses a second issuance for one occurrence, or a second answer for one Idempotency-Key.
        CouponIssues.EnsureIndex(c => c.Key, unique: true);
        CouponIssues.EnsureIndex(c => c.ShopperKey);
        CouponIssues.EnsureIndex(c => c.Shopper);
        CouponIssues.EnsureIndex(c => c.Coupon);
        Redemptions.EnsureIndex(r => r.Key, unique: true);
        Purchases.EnsureIndex(r => r.Key, unique: true);
        Purchases.EnsureIndex(r => r.Shopper);
        Purchases.EnsureIndex(r => r.TriggerPending);
        CheckoutCodes.EnsureIndex(c => c.Shopper);
        PointsEntries.EnsureIndex(e => e.Key, unique: true);
        PointsEntries.EnsureIndex(e => e.Shopper);
        UndecidedTriggers.EnsureIndex(t => t.Shoppers);
        Journeys.EnsureIndex(j => j.Campaign);
        Journeys.EnsureIndex(j => j.Day);
        Journeys.EnsureIndex(j => j.Store);
        Journeys.EnsureIndex(j => j.Shopper);
        Assignments.EnsureIndex(a => a.Shopper);
        Attributions.EnsureIndex(a => a.Shopper);
        Attributions.EnsureIndex(a => a.At);
        ExperimentAlerts.EnsureIndex(a => a.RaisedAt);
        ExperimentAlerts.EnsureIndex(a => a.Campaign);
        CreateMissingCollections();
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    public ILiteCollection<StoreRecord> Stores => _db.GetCollection<StoreRecord>("stores");

    public ILiteCollection<DeviceRecord> Devices => _db.GetCollection<DeviceRecord>("devices");

    /// <summary>Fixed beacons of the stores, heard by shoppers' phones.</summary>
    public ILiteCollection<BeaconRecord> Beacons => _db.GetCollection<BeaconRecord>("beacons");

    public ILiteCollection<ShopperRecord> Shoppers => _db.GetCollection<ShopperRecord>("shoppers");

    public ILiteCollection<PushRecord> Pushes => _db.GetCollection<PushRecord>("pushes");

    /// <summary>Push intents queued at shutdown, delivered at the next start.</summary>
    public ILiteCollection<DeferredPushesRecord> DeferredPushes => _db.GetCollection<DeferredPushesRecord>("deferredpushes");

    /// <summary>Timeline of scene transitions per shopper.</summary>
    public ILiteCollection<SceneRecord> Scenes => _db.GetCollection<SceneRecord>("scenes");

    /// <summary>Per-shopper route habits (when and where the shopper usually travels); activity data.</summary>
    public ILiteCollection<RouteHabitRecord> RouteHabits => _db.GetCollection<RouteHabitRecord>("routehabits");

    /// <summary>Offers provisioned per store and SKU.</summary>
    public ILiteCollection<OfferRecord> Offers => _db.GetCollection<OfferRecord>("offers");

    public ILiteCollection<RetainedRecord> Retained => _db.GetCollection<RetainedRecord>("retained");

    /// <summary>Per-campaign daily counts that outlive the pushes they were folded from.</summary>
    public ILiteCollection<CampaignDayRecord> CampaignDays => _db.GetCollection<CampaignDayRecord>("campaigndays");

    /// <summary>Campaign limits per shopper (caps, cooldowns, visits).</summary>
    public ILiteCollection<CampaignStateRecord> CampaignState => _db.GetCollection<CampaignStateRecord>("campaignstate");

    /// <summary>Campaign sends deferred to the end of quiet hours.</summary>
    public ILiteCollection<DeferredDecisionRecord> CampaignDeferred => _db.GetCollection<DeferredDecisionRecord>("campaigndeferred");

    /// <summary>Where each shopper is and their first visit (the campaign engine's whereabouts).</summary>
    public ILiteCollection<WhereaboutsRecord> Whereabouts => _db.GetCollection<WhereaboutsRecord>("whereabouts");

    /// <summary>The campaign decision log, per shopper.</summary>
    public ILiteCollection<DecisionLogRecord> Decisions => _db.GetCollection<DecisionLogRecord>("decisions");

    /// <summary>Shopper-free daily counts of campaign decisions.</summary>
    public ILiteCollection<DecisionDayRecord> DecisionDays => _db.GetCollection<DecisionDayRecord>("decisiondays");

    /// <summary>Triggers accepted but not decided when a stop ran out of time; decided at the next start.</summary>
    public ILiteCollection<UndecidedTriggersRecord> UndecidedTriggers => _db.GetCollection<UndecidedTriggersRecord>("campaigntriggers");

    public ILiteCollection<ApiKeyRecord> ApiKeys => _db.GetCollection<ApiKeyRecord>("apikeys");

    public ILiteCollection<ObserverRecord> Observers => _db.GetCollection<ObserverRecord>("observers");

    public ILiteCollection<SettingRecord> Settings => _db.GetCollection<SettingRecord>("settings");

    /// <summary>Campaigns with their state and current version (the documents are in <see cref="CampaignVersions"/>).</summary>
    public ILiteCollection<CampaignRecord> Campaigns => _db.GetCollection<CampaignRecord>("campaigns");

    /// <summary>Every version of every campaign document, immutable.</summary>
    public ILiteCollection<CampaignVersionRecord> CampaignVersions => _db.GetCollection<CampaignVersionRecord>("campaignversions");

    /// <summary>External alerts posted through the API.</summary>
    public ILiteCollection<AlertRecord> Alerts => _db.GetCollection<AlertRecord>("alerts");

    /// <summary>Webhook deliveries not yet acknowledged by the push provider.</summary>
    public ILiteCollection<WebhookDeliveryRecord> WebhookOutbox => _db.GetCollection<WebhookDeliveryRecord>("webhookoutbox");

    /// <summary>Webhook deliveries given up on, kept for an operator to inspect or replay.</summary>
    public ILiteCollection<WebhookDeliveryRecord> WebhookDeadLetters => _db.GetCollection<WebhookDeliveryRecord>("webhookdeadletters");

    /// <summary>Ids of the webhook deliveries the provider accepted (see <see cref="WebhookSentRecord"/>).</summary>
    public ILiteCollection<WebhookSentRecord> WebhookSent => _db.GetCollection<WebhookSentRecord>("webhooksent");
    /// <summary>Coupon definitions with their current version.</summary>
    public ILiteCollection<CouponRecord> Coupons => _db.GetCollection<CouponRecord>("coupons");

    /// <summary>Every version of every coupon definition, immutable.</summary>
    public ILiteCollection<CouponVersionRecord> CouponVersions => _db.GetCollection<CouponVersionRecord>("couponversions");

    /// <summary>What each coupon definition's budget has spent.</summary>
    public ILiteCollection<CouponBudgetRecord> CouponBudgets => _db.GetCollection<CouponBudgetRecord>("couponbudgets");

    /// <summary>The coupon ledger: every issued coupon, by code.</summary>
    public ILiteCollection<CouponIssueRecord> CouponIssues => _db.GetCollection<CouponIssueRecord>("couponissues");

    /// <summary>Redemption requests and their answers, by the caller's idempotency key.</summary>
    public ILiteCollection<RedemptionRecord> Redemptions => _db.GetCollection<RedemptionRecord>("redemptions");

    /// <summary>Purchases from the points of sale, one per (store, receipt).</summary>
    public ILiteCollection<PurchaseRecord> Purchases => _db.GetCollection<PurchaseRecord>("purchases");

    /// <summary>The apps' open checkout codes, by the hash of the code.</summary>
    public ILiteCollection<CheckoutCodeRecord> CheckoutCodes => _db.GetCollection<CheckoutCodeRecord>("checkoutcodes");

    /// <summary>Points credits and debits, by idempotency key.</summary>
    public ILiteCollection<PointsEntryRecord> PointsEntries => _db.GetCollection<PointsEntryRecord>("pointsentries");

    /// <summary>Each shopper's points balance.</summary>
    public ILiteCollection<PointsBalanceRecord> PointsBalances => _db.GetCollection<PointsBalanceRecord>("pointsbalances");

    /// <summary>Experiment funnels: one journey per (campaign, unit) from its first exposure (docs/experiments.md).</summary>
    public ILiteCollection<JourneyRecord> Journeys => _db.GetCollection<JourneyRecord>("journeys");

    /// <summary>Sticky experiment assignments: one arm per (salt, unit), written at first exposure.</summary>
    public ILiteCollection<AssignmentRecord> Assignments => _db.GetCollection<AssignmentRecord>("assignments");

    /// <summary>Purchases attributed to campaigns: every open window and the last touch credited.</summary>
    public ILiteCollection<AttributionRecord> Attributions => _db.GetCollection<AttributionRecord>("attributions");

    /// <summary>Experiment alerts raised, once each (docs/experiments.md).</summary>
    public ILiteCollection<ExperimentAlertRecord> ExperimentAlerts => _db.GetCollection<ExperimentAlertRecord>("experimentalerts");

    /// <summary>
    /// Runs <paramref name="work"/> as one LiteDB transaction: all of its writes are committed together or, when it
    /// throws (or the process dies before the commit), none. LiteDB transactions belong to a thread: no await inside.
    /// </summary>
    public T Atomically<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _open.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            if (!_db.BeginTrans())
            {
                throw new InvalidOperationException("a transaction is already open on this thread");
            }

            try
            {
                var result = work();
                _db.Commit();
                return result;
            }
            catch
            {
                _db.Rollback();
                throw;
            }
        }
        finally
        {
            _open.ExitReadLock();
        }
    }

    /// <summary>Append-only audit log of consent changes.</summary>
    public ILiteCollection<ConsentLogRecord> ConsentLog => _db.GetCollection<ConsentLogRecord>("consentlog");

    /// <summary>
    /// Creates every collection at open, before any concurrent use: LiteDB 5 can fail a read of a collection that
    /// another transaction is creating at that moment ("page type must be collection page", LiteDB issue 2792), as
    /// a withdrawal reading route habits did while the first habit was being saved.
    /// </summary>
    private void CreateMissingCollections()
    {
        var existing = _db.GetCollectionNames().ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in CollectionNames.Where(n => !existing.Contains(n)))
        {
            var collection = _db.GetCollection(name);
            collection.Insert(new BsonDocument { ["_id"] = "$created" });
            collection.Delete("$created");
        }
    }

    /// <summary>Every collection of the file; <see cref="CreateMissingCollections"/> makes them all at open.</summary>
    internal static readonly string[] CollectionNames =
        ["stores", "devices", "beacons", "shoppers", "pushes", "deferredpushes", "scenes", "routehabits", "offers", "retained", "campaigndays", "apikeys", "observers", "settings", "consentlog",
         "campaignstate", "campaigndeferred", "decisions", "decisiondays", "whereabouts", "campaigntriggers",
            "campaigns", "campaignversions", "alerts", "webhookoutbox", "webhookdeadletters", "webhooksent",
            "coupons", "couponversions", "couponbudgets", "couponissues", "redemptions", "purchases",
            "pointsentries", "pointsbalances", "journeys", "assignments", "attributions", "experimentalerts",
            "checkoutcodes"];

    /// <summary>Forces everything written so far into the data file (after an erasure).</summary>
    public void Checkpoint() => _db.Checkpoint();

    /// <summary>Readiness probe: a trivial read that fails when the file is unusable.</summary>
    public bool Ping()
    {
        try
        {
            _ = _db.GetCollectionNames().Count();
            return true;
        }
        catch (LiteException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        _open.EnterWriteLock();
        try
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            _db.Dispose();
            _lock.Dispose();
        }
        finally
        {
            _open.ExitWriteLock();
        }
    }
}

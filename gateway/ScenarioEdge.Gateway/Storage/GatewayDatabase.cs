using LiteDB;
using ScenarioEdge.Gateway.Security;

namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// The gateway's LiteDB file: stores, devices, shoppers, pushes and retained MQTT messages. One instance per
/// process, opened in direct mode (LiteDB serialises writers itself); no repository layer over it.
/// </summary>
public sealed class GatewayDatabase : IDisposable
{
    private readonly LiteDatabase _db;

    public GatewayDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
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
        _db = new LiteDatabase(new ConnectionString { Filename = Path, Connection = ConnectionType.Direct }, mapper);
        // Every collection exists before any concurrent use: LiteDB 5 can read a collection that another transaction is
        // creating at that moment as an empty page, fail, and close the whole engine (litedb-org/LiteDB#2792).
        foreach (var name in (string[])["stores", "devices", "beacons", "shoppers", "pushes", "deferredpushes", "scenes", "routehabits", "retained", "campaigndays", "apikeys", "observers", "settings", "consentlog"])
        {
            if (!_db.CollectionExists(name))
            {
                var created = _db.GetCollection(name);
                created.Insert(new BsonDocument { ["_id"] = "created" });
                created.Delete("created");
            }
        }

        Pushes.EnsureIndex(p => p.Shopper);
        Pushes.EnsureIndex(p => p.TriggeredAt);
        Pushes.EnsureIndex(p => p.Install);
        Pushes.EnsureIndex(p => p.CooldownKey);
        Shoppers.EnsureIndex(s => s.Installs);
        ConsentLog.EnsureIndex(c => c.Shopper);
        Scenes.EnsureIndex(s => s.Shopper);
        Scenes.EnsureIndex(s => s.At);
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

    public ILiteCollection<RetainedRecord> Retained => _db.GetCollection<RetainedRecord>("retained");

    /// <summary>Per-campaign daily counts that outlive the pushes they were folded from.</summary>
    public ILiteCollection<CampaignDayRecord> CampaignDays => _db.GetCollection<CampaignDayRecord>("campaigndays");

    public ILiteCollection<ApiKeyRecord> ApiKeys => _db.GetCollection<ApiKeyRecord>("apikeys");

    public ILiteCollection<ObserverRecord> Observers => _db.GetCollection<ObserverRecord>("observers");

    public ILiteCollection<SettingRecord> Settings => _db.GetCollection<SettingRecord>("settings");

    /// <summary>Append-only audit log of consent changes.</summary>
    public ILiteCollection<ConsentLogRecord> ConsentLog => _db.GetCollection<ConsentLogRecord>("consentlog");

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

    public void Dispose() => _db.Dispose();
}

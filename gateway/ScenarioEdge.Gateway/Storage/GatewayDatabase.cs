using LiteDB;

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
        mapper.Entity<ShopperRecord>().Id(s => s.Id, autoId: false);
        mapper.Entity<PushRecord>().Id(p => p.Id, autoId: false);
        mapper.Entity<RetainedRecord>().Id(r => r.Topic, autoId: false);
        _db = new LiteDatabase(new ConnectionString { Filename = Path, Connection = ConnectionType.Direct }, mapper);
        Pushes.EnsureIndex(p => p.Shopper);
        Pushes.EnsureIndex(p => p.Campaign);
        Shoppers.EnsureIndex(s => s.Installs);
        Scenes.EnsureIndex(s => s.Shopper);
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    public ILiteCollection<StoreRecord> Stores => _db.GetCollection<StoreRecord>("stores");

    public ILiteCollection<DeviceRecord> Devices => _db.GetCollection<DeviceRecord>("devices");

    public ILiteCollection<ShopperRecord> Shoppers => _db.GetCollection<ShopperRecord>("shoppers");

    public ILiteCollection<PushRecord> Pushes => _db.GetCollection<PushRecord>("pushes");

    /// <summary>Timeline of scene transitions per shopper.</summary>
    public ILiteCollection<SceneRecord> Scenes => _db.GetCollection<SceneRecord>("scenes");

    public ILiteCollection<RetainedRecord> Retained => _db.GetCollection<RetainedRecord>("retained");

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

using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Tests.Identity;

/// <summary>A real LiteDB file in a fresh folder with a directory over it, and the writes the API would make.</summary>
internal sealed class IdentityStore : IDisposable
{
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("se-id-").FullName;

    public IdentityStore()
    {
        Database = new GatewayDatabase(Path.Combine(_folder, "gateway.db"));
        Directory = new IdentityDirectory(Database);
        Database.Stores.Insert(new StoreRecord { Id = "store-1", Zones = [new ZoneRecord { Id = "entrance" }, new ZoneRecord { Id = "aisle", X = 10 }] });
        Database.Devices.Insert(DeviceRecord.Create("store-1", "door-1", "scanner", "entrance", 1, 0));
        Database.Devices.Insert(DeviceRecord.Create("store-1", "aisle-1", "scanner", "aisle", 11, 0));
        Database.Beacons.Insert(new BeaconRecord { Id = BeaconRecord.KeyOf("store-1", "b1"), Store = "store-1", Beacon = "b1", Kind = "ibeacon", Adv = "ibeacon:b1", Zone = "aisle" });
    }

    public GatewayDatabase Database { get; }

    public IdentityDirectory Directory { get; }

    /// <summary>Registers shopper <paramref name="id"/> (install <c>app-{id}</c>, wearable <c>hr-{id}</c>) and tells the directory.</summary>
    public ShopperRecord Register(string id, params string[] consents)
    {
        var key = new byte[16];
        Random.Shared.NextBytes(key);
        var record = new ShopperRecord { Id = id, Installs = [$"app-{id}"], TokenKey = key, Consents = [.. consents], Wearables = [$"hr-{id}"] };
        Database.Shoppers.Insert(record);
        Directory.Changed();
        return record;
    }

    /// <summary>Grants or withdraws one consent as <c>ShopperPrivacy</c> does: the write, then the directory.</summary>
    public void Consent(string id, string purpose, bool granted)
    {
        var record = Database.Shoppers.FindById(id);
        record.Consents.Remove(purpose);
        if (granted)
        {
            record.Consents.Add(purpose);
        }

        Database.Shoppers.Update(record);
        Directory.Changed();
    }

    public void Erase(string id)
    {
        Database.Shoppers.Delete(id);
        Directory.Changed();
    }

    public void Dispose()
    {
        Database.Dispose();
        System.IO.Directory.Delete(_folder, recursive: true);
    }
}

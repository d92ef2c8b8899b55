using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Provisioning;

namespace ScenarioEdge.Gateway.Provisioning;

/// <summary>The store of a scenario file as the gateway keeps it: one mapping for provisioning and for evaluations.</summary>
public static class StoreRecords
{
    public static StoreRecord From(StoreSpec store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new StoreRecord
        {
            Id = store.Id,
            Name = store.Name,
            TimeZone = store.TimeZone,
            Latitude = store.Latitude,
            Longitude = store.Longitude,
            ZoneMethod = store.ZoneMethod,
            Zones = store.Zones.Select(z => new ZoneRecord
            {
                Id = z.Id,
                Name = z.Name,
                DwellS = z.DwellS,
                X = z.X,
                Y = z.Y,
                Fingerprint = new Dictionary<string, double>(z.Fingerprint, StringComparer.Ordinal),
            }).ToList(),
        };
    }

    /// <summary>The store's scanners as device records (no secrets: for layouts, not logins).</summary>
    public static IEnumerable<DeviceRecord> Scanners(StoreSpec store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Scanners.Select(s =>
        {
            var record = DeviceRecord.Create(store.Id, s.Device, "scanner", s.Zone, s.X, s.Y);
            record.RxOffsetDb = s.RxOffsetDb;
            return record;
        });
    }

    /// <summary>The store's registered beacons as records (a beacon marked <c>registered: false</c> is a neighbour's, not the store's).</summary>
    public static IEnumerable<BeaconRecord> Beacons(StoreSpec store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Beacons.Where(b => b.Registered).Select(b => new BeaconRecord
        {
            Id = BeaconRecord.KeyOf(store.Id, b.Beacon),
            Store = store.Id,
            Beacon = b.Beacon,
            Kind = b.Kind,
            Adv = b.Adv,
            Zone = b.Zone,
            X = b.X,
            Y = b.Y,
            RssiAt1m = b.RssiAt1m,
            RxOffsetDb = b.RxOffsetDb,
        });
    }

    /// <summary>What hears or is heard in the store, as a zone estimate names them: scanner devices and <c>beacon:{name}</c>.</summary>
    public static IEnumerable<string> Sources(StoreSpec store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Scanners.Select(s => s.Device).Concat(Beacons(store).Select(b => BeaconPlacement.SlotPrefix + b.Beacon));
    }
}

using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Scenes;

/// <summary>The edge between LiteDB and the scene model for stores: a stored store, its devices and beacons as a <see cref="StoreLayout"/>.</summary>
public static class StoreLayoutRecords
{
    extension(StoreLayout)
    {
        /// <summary>A layout from the store's record, its devices and its beacons (see <see cref="StoreLayout.Of(StorePlan, IEnumerable{DevicePlacement}, IEnumerable{LayoutScanner})"/>).</summary>
        public static StoreLayout Of(StoreRecord store, IEnumerable<DeviceRecord> devices, IEnumerable<BeaconRecord>? beacons = null) =>
            StoreLayout.Of(
                Plan(store),
                devices.Select(d => new DevicePlacement(d.Device, d.Kind, d.Zone, d.X, d.Y)),
                beacons?.Select(b => new LayoutScanner(BeaconPlacement.SlotPrefix + b.Beacon, b.Zone, b.X, b.Y)));

        /// <summary>What is wrong with a stored store's zone model, naming the field; null when it can be used.</summary>
        public static string? Validate(StoreRecord store, IEnumerable<string> sources) => StoreLayout.Validate(Plan(store), sources);
    }

    private static StorePlan Plan(StoreRecord store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new StorePlan(store.Id, store.TimeZone, store.ZoneMethod, [.. store.Zones.Select(z => new ZonePlan(z.Id, z.DwellS, z.X, z.Y, z.Fingerprint))]);
    }
}

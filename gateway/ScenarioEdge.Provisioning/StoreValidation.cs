using ScenarioEdge.Protocol;

namespace ScenarioEdge.Provisioning;

/// <summary>Checks the store a scenario file describes: ids, zones, scanners, shelves, displays, offers and beacons.</summary>
public static class StoreValidation
{
    /// <summary>The first problem, naming the field (<c>store.scanners[2].zone: …</c>), or null when the store can be provisioned.</summary>
    public static string? Validate(StoreSpec store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!Ids.IsValid(store.Id))
        {
            return $"store.id: '{store.Id}' is not a valid id (letters, digits, '-', '_', '.')";
        }

        if (store.Zones.Count == 0)
        {
            return "store.zones: at least one zone is needed";
        }

        var zones = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < store.Zones.Count; i++)
        {
            if (!Ids.IsValid(store.Zones[i].Id) || !zones.Add(store.Zones[i].Id) || store.Zones[i].Id == ZoneSpec.Outside)
            {
                return $"store.zones[{i}].id: '{store.Zones[i].Id}' is invalid, reserved or repeated";
            }
        }

        var devices = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < store.Scanners.Count; i++)
        {
            var scanner = store.Scanners[i];
            if (!Ids.IsValid(scanner.Device) || !devices.Add(scanner.Device))
            {
                return $"store.scanners[{i}].device: '{scanner.Device}' is invalid or repeated";
            }

            if (!zones.Contains(scanner.Zone))
            {
                return $"store.scanners[{i}].zone: unknown zone '{scanner.Zone}' (zones: {string.Join(", ", zones)})";
            }
        }

        return ShelfValidation.Validate(store, zones, devices) ?? Pos(store, zones, devices) ?? BeaconValidation.Validate(store, zones);
    }

    private static string? Pos(StoreSpec store, HashSet<string> zones, HashSet<string> devices)
    {
        for (var i = 0; i < store.Pos.Count; i++)
        {
            var pos = store.Pos[i];
            if (!Ids.IsValid(pos.Device) || !devices.Add(pos.Device))
            {
                return $"store.pos[{i}].device: '{pos.Device}' is invalid or repeated";
            }

            if (pos.Zone is not null && !zones.Contains(pos.Zone))
            {
                return $"store.pos[{i}].zone: unknown zone '{pos.Zone}' (zones: {string.Join(", ", zones)})";
            }
        }

        return null;
    }
}

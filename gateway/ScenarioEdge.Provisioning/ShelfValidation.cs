using ScenarioEdge.Protocol;

namespace ScenarioEdge.Provisioning;

/// <summary>Checks a store's shelves with their lanes, its displays and its offers.</summary>
internal static class ShelfValidation
{
    /// <param name="devices">Device ids already taken (the scanners); shelves and displays share the id space.</param>
    public static string? Validate(StoreSpec store, HashSet<string> zones, HashSet<string> devices)
    {
        var shelves = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < store.Shelves.Count; i++)
        {
            var shelf = store.Shelves[i];
            if (!Ids.IsValid(shelf.Device) || !devices.Add(shelf.Device) || !zones.Contains(shelf.Zone))
            {
                return $"store.shelves[{i}]: device '{shelf.Device}' must be a new device id, zone '{shelf.Zone}' a zone of the store";
            }

            if (shelf.Lanes.Count == 0)
            {
                return $"store.shelves[{i}]: needs lanes";
            }

            shelves.Add(shelf.Device);
            var lanes = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < shelf.Lanes.Count; j++)
            {
                var lane = shelf.Lanes[j];
                if (!Ids.IsValid(lane.LaneId) || !lanes.Add(lane.LaneId) || !Ids.IsValid(lane.Sku) || lane.UnitGrams is < 1 or > 5000
                    || lane.Tolerance < 0 || lane.Tolerance > lane.UnitGrams / 2 || lane.Stock < 0 || lane.Stock * lane.UnitGrams > 5000)
                {
                    return $"store.shelves[{i}].lanes[{j}]: needs a unique lane id, an sku id, unitGrams 1..5000, toleranceGrams up to half of it, and a stock of at most 5 kg";
                }
            }
        }

        for (var i = 0; i < store.Displays.Count; i++)
        {
            var display = store.Displays[i];
            if (!Ids.IsValid(display.Display) || !devices.Add(display.Display) || !zones.Contains(display.Zone) || !shelves.Contains(display.HostedBy))
            {
                return $"store.displays[{i}]: display '{display.Display}' must be a new id, zone '{display.Zone}' a zone, hostedBy '{display.HostedBy}' a shelf device";
            }
        }

        var offers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < store.Offers.Count; i++)
        {
            var offer = store.Offers[i];
            if (!offers.Add(offer.Sku) || string.IsNullOrWhiteSpace(offer.Title) || offer.Title.Length > 120 || offer.TtlS is < 1 or > 86_400 || offer.Price < 0)
            {
                return $"store.offers[{i}]: sku '{offer.Sku}' once, a title of 1-120 characters, ttlS 1..86400, price ≥ 0";
            }
        }

        return null;
    }
}

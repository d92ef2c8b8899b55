using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Provisioning;

namespace ScenarioEdge.Gateway.Provisioning;

/// <summary>
/// Provisions a scenario's registered beacons: the store's beacon list is replaced as a whole, so a beacon taken out
/// of the file stops locating anyone. Beacons are not MQTT clients and get no credentials.
/// </summary>
public sealed class BeaconProvisioning(GatewayDatabase database)
{
    /// <summary>Writes the beacons; refuses (before writing anything) an advertiser id another store already placed.</summary>
    public int Apply(StoreSpec store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var registered = StoreRecords.Beacons(store).ToList();
        var advs = registered.Select(b => b.Adv).ToHashSet(StringComparer.Ordinal);
        var clash = database.Beacons.Find(b => b.Store != store.Id).FirstOrDefault(b => advs.Contains(b.Adv));
        if (clash is not null)
        {
            throw new ScenarioException(
                $"store.beacons: advertiser '{clash.Adv}' is already placed in store '{clash.Store}' as '{clash.Beacon}'; a phone's sighting of it could not tell the stores apart");
        }

        database.Beacons.DeleteMany(b => b.Store == store.Id);
        database.Beacons.InsertBulk(registered);
        return registered.Count;
    }
}

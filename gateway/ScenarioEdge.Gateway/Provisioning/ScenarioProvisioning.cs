using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Shelves;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Provisioning;

namespace ScenarioEdge.Gateway.Provisioning;

/// <summary>
/// Provisions the store side of a scenario file — store, zones, scanners, shelves, displays, beacons, offers — so that
/// the demo and the tests describe a store once. It is idempotent: devices keep their MQTT secrets (only new devices,
/// or every device when <c>rotate</c> is asked, get one, returned once; only hashes are kept) and revoked devices stay
/// revoked. Shoppers are not provisioned here: a shopper exists and consents only through its own app's registration.
/// </summary>
public sealed class ScenarioProvisioning(
    GatewayDatabase database,
    ShelfProvisioning shelves,
    BeaconProvisioning beacons,
    IdentityDirectory directory,
    ProvisioningChanges changes,
    ILogger<ScenarioProvisioning> log)
{
    public ProvisionedCredentials Apply(StoreFile file, bool rotate = false)
    {
        ArgumentNullException.ThrowIfNull(file);
        var store = file.Store;
        var credentials = new ProvisionedCredentials();
        var storeRecord = StoreRecords.From(store);
        if (StoreLayout.Validate(storeRecord, StoreRecords.Sources(store)) is { } invalid)
        {
            throw new ScenarioException(invalid);
        }

        var beaconCount = beacons.Apply(store);
        database.Stores.Upsert(storeRecord);
        foreach (var scanner in StoreRecords.Scanners(store))
        {
            DeviceSecrets.Provision(database, scanner, rotate, credentials);
        }

        shelves.Apply(store, rotate, credentials);
        foreach (var pos in store.Pos)
        {
            DeviceSecrets.Provision(database, DeviceRecord.Create(store.Id, pos.Device, DeviceRecord.PosKind, pos.Zone, pos.X, pos.Y), rotate, credentials);
        }

        directory.Changed();
        changes.Raise();
        log.LogInformation(
            "Provisioned store {Store} from scenario {Scenario}: {Zones} zones, {Scanners} scanners, {Shelves} shelves, {Displays} displays, {Pos} points of sale, {Beacons} beacons, {Offers} offers; {New} new secrets, {Unchanged} unchanged, {Revoked} kept revoked",
            store.Id, file.Name, store.Zones.Count, store.Scanners.Count, store.Shelves.Count, store.Displays.Count, store.Pos.Count, beaconCount, store.Offers.Count,
            credentials.Devices.Count, credentials.Unchanged.Count, credentials.Revoked.Count);
        return credentials;
    }
}

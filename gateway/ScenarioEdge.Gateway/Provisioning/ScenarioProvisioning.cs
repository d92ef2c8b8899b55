using System.Security.Cryptography;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Shelves;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Simulation.Provisioning;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Gateway.Provisioning;

/// <summary>
/// Provisions a store, its devices and its shoppers from a scenario file, so that the demo and the tests describe a
/// store once. Devices get a fresh MQTT secret, app installs a signed token, shoppers a fresh token key (unless the
/// scenario fixes one); they are returned once and only their hashes are kept. Running it again re-issues them.
/// </summary>
public sealed class ScenarioProvisioning(
    GatewayDatabase database,
    DeviceRegistry devices,
    TokenResolver identities,
    InstallTokens tokens,
    ConsentLedger consents,
    ShelfProvisioning shelves,
    BeaconProvisioning beacons,
    SceneDirectory scenes,
    ILogger<ScenarioProvisioning> log)
{
    public ProvisionedCredentials Apply(Scenario scenario)
    {
        var store = scenario.Store;
        var credentials = new ProvisionedCredentials();
        var storeRecord = StoreRecords.From(store);
        if (StoreLayout.Validate(storeRecord, StoreRecords.Sources(store)) is { } invalid)
        {
            throw new ScenarioException(invalid);
        }

        var beaconCount = beacons.Apply(scenario);
        database.Stores.Upsert(storeRecord);
        foreach (var scanner in store.Scanners)
        {
            var secret = Secrets.New();
            var record = DeviceRecord.Create(store.Id, scanner.Device, "scanner", scanner.Zone, scanner.X, scanner.Y, secret);
            record.RxOffsetDb = scanner.RxOffsetDb;
            database.Devices.Upsert(record);
            credentials.Devices.Add(new DeviceCredentials(scanner.Device, $"{store.Id}/{scanner.Device}", secret));
        }

        foreach (var shopper in scenario.Shoppers)
        {
            var key = shopper.Key is null ? RandomNumberGenerator.GetBytes(16) : ScenarioLoader.KeyOf(scenario, shopper);
            database.Shoppers.Upsert(new ShopperRecord
            {
                Id = shopper.Id,
                Installs = [shopper.Install],
                TokenKey = key,
                Consents = shopper.Consent.ToList(),
                Wearables = shopper.Wearable is null ? [] : [shopper.Wearable],
                RestingHeartRateBpm = shopper.RestingHr,
                MaxHeartRateBpm = shopper.MaxHr,
            });
            consents.Record(shopper.Id, shopper.Consent, granted: true, noticeVersion: "scenario", source: "provisioning");
            credentials.Apps.Add(new AppCredentials(shopper.Id, shopper.Install, $"app:{shopper.Install}", tokens.Issue(shopper.Install), Convert.ToHexStringLower(key)));
        }

        shelves.Apply(scenario, credentials);
        devices.Reload();
        identities.Invalidate();
        scenes.Invalidate();
        log.LogInformation(
            "Provisioned store {Store} from scenario {Scenario}: {Zones} zones, {Scanners} scanners, {Shelves} shelves, {Displays} displays, {Beacons} beacons, {Shoppers} shoppers",
            store.Id, scenario.Name, store.Zones.Count, store.Scanners.Count, store.Shelves.Count, store.Displays.Count, beaconCount, scenario.Shoppers.Count);
        return credentials;
    }
}

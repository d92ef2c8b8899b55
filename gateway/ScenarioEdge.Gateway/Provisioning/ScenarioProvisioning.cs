using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Gateway.Provisioning;

/// <summary>
/// Provisions a store, its scanners and its shoppers from a scenario file, so that the demo and test stores exist
/// at the gateway exactly as the simulator will play them. Idempotent: running it again updates in place.
/// </summary>
public sealed class ScenarioProvisioning(GatewayDatabase database, DeviceRegistry devices, TokenResolver identities, SceneDirectory scenes, ILogger<ScenarioProvisioning> log)
{
    public void Apply(Scenario scenario)
    {
        var store = scenario.Store;
        database.Stores.Upsert(new StoreRecord
        {
            Id = store.Id,
            Name = store.Name,
            TimeZone = store.TimeZone,
            Zones = store.Zones.Select(z => new ZoneRecord { Id = z.Id, Name = z.Name, DwellS = z.DwellS }).ToList(),
        });
        foreach (var scanner in store.Scanners)
        {
            database.Devices.Upsert(new DeviceRecord
            {
                Id = DeviceRecord.KeyOf(store.Id, scanner.Device),
                Store = store.Id,
                Device = scanner.Device,
                Kind = "scanner",
                Zone = scanner.Zone,
                X = scanner.X,
                Y = scanner.Y,
                RxOffsetDb = scanner.RxOffsetDb,
            });
        }

        foreach (var shopper in scenario.Shoppers)
        {
            database.Shoppers.Upsert(new ShopperRecord
            {
                Id = shopper.Id,
                Installs = [shopper.Install],
                TokenKey = ScenarioLoader.KeyOf(scenario, shopper),
                Consents = shopper.Consent.ToList(),
                Wearables = shopper.Wearable is null ? [] : [shopper.Wearable],
                RestingHeartRateBpm = shopper.RestingHr,
                MaxHeartRateBpm = shopper.MaxHr,
            });
        }

        devices.Reload();
        identities.Invalidate();
        scenes.Invalidate();
        log.LogInformation(
            "Provisioned store {Store} from scenario {Scenario}: {Zones} zones, {Scanners} scanners, {Shoppers} shoppers",
            store.Id, scenario.Name, store.Zones.Count, store.Scanners.Count, scenario.Shoppers.Count);
    }
}

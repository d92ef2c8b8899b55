using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Simulation.Provisioning;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Gateway.Shelves;

/// <summary>
/// Provisions a scenario's shelves and displays as devices (kind shelf / display, with zone and position) and its
/// offers. Shelves get MQTT secrets (added to <c>credentials</c>); a display's host device is allowed its display topic.
/// </summary>
public sealed class ShelfProvisioning(GatewayDatabase database, OfferCatalogue offers)
{
    public void Apply(Scenario scenario, ProvisionedCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var store = scenario.Store;
        foreach (var shelf in store.Shelves)
        {
            var secret = Secrets.New();
            credentials.Devices.Add(new DeviceCredentials(shelf.Device, $"{store.Id}/{shelf.Device}", secret));
            database.Devices.Upsert(new DeviceRecord
            {
                Id = DeviceRecord.KeyOf(store.Id, shelf.Device),
                Store = store.Id,
                Device = shelf.Device,
                Kind = "shelf",
                Zone = shelf.Zone,
                X = shelf.X,
                Y = shelf.Y,
                SecretHash = Secrets.Hash(secret),
            });
        }

        foreach (var display in store.Displays)
        {
            database.Devices.Upsert(new DeviceRecord
            {
                Id = DeviceRecord.KeyOf(store.Id, display.Display),
                Store = store.Id,
                Device = display.Display,
                Kind = "display",
                Zone = display.Zone,
                X = display.X,
                Y = display.Y,
                HostedBy = display.HostedBy,
            });
            if (display.HostedBy is not null && database.Devices.FindById(DeviceRecord.KeyOf(store.Id, display.HostedBy)) is { } host && !host.Displays.Contains(display.Display))
            {
                host.Displays.Add(display.Display);
                database.Devices.Update(host);
            }
        }

        foreach (var offer in store.Offers)
        {
            offers.Provision(store.Id, offer.Sku, new Offer
            {
                Title = offer.Title,
                Price = offer.Price,
                Currency = offer.Currency,
                Promotion = offer.Promotion,
                Qr = offer.Qr,
                TtlS = offer.TtlS,
            });
        }
    }
}

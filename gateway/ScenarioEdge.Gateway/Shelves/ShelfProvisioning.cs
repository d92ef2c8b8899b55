using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Gateway.Shelves;

/// <summary>Provisions a scenario's shelves and displays as devices (kind shelf / display, with zone and position) and its offers.</summary>
public sealed class ShelfProvisioning(GatewayDatabase database, OfferCatalogue offers)
{
    public void Apply(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var store = scenario.Store;
        foreach (var shelf in store.Shelves)
        {
            database.Devices.Upsert(new DeviceRecord
            {
                Id = DeviceRecord.KeyOf(store.Id, shelf.Device),
                Store = store.Id,
                Device = shelf.Device,
                Kind = "shelf",
                Zone = shelf.Zone,
                X = shelf.X,
                Y = shelf.Y,
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

using ScenarioEdge.Gateway.Shelves;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Provisioning;

namespace ScenarioEdge.Gateway.Provisioning;

/// <summary>
/// Provisions a scenario's shelves and displays as devices (kind shelf / display, with zone and position) and its
/// offers. Shelves log in (secrets as <see cref="DeviceSecrets"/> decides); a display's host device is allowed its display topic.
/// </summary>
public sealed class ShelfProvisioning(GatewayDatabase database, OfferCatalogue offers)
{
    public void Apply(StoreSpec store, bool rotate, ProvisionedCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(store);
        foreach (var shelf in store.Shelves)
        {
            DeviceSecrets.Provision(database, DeviceRecord.Create(store.Id, shelf.Device, "shelf", shelf.Zone, shelf.X, shelf.Y), rotate, credentials);
        }

        foreach (var display in store.Displays)
        {
            var record = DeviceRecord.Create(store.Id, display.Display, "display", display.Zone, display.X, display.Y);
            record.HostedBy = display.HostedBy;
            database.Devices.Upsert(record);
            if (display.HostedBy is not null && database.Devices.FindById(DeviceRecord.KeyOf(store.Id, display.HostedBy)) is { } host && !host.Displays.Contains(display.Display))
            {
                host.Displays.Add(display.Display);
                database.Devices.Update(host);
            }
        }

        offers.Replace(store.Id, store.Offers.Select(offer => (offer.Sku, new Offer
        {
            Title = offer.Title,
            Price = offer.Price,
            Currency = offer.Currency,
            Promotion = offer.Promotion,
            Qr = offer.Qr,
            TtlS = offer.TtlS,
        })));
    }
}

using System.Text;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Content;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Gateway.Delivery;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Shelves;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// Turns a decided campaign into the message its channels send: templates filled from the trigger (plain text),
/// the display nearest to the shopper (or the one the campaign names) with the product's price from the offers.
/// </summary>
public sealed class CampaignMessageComposer(IdentityDirectory directory, OfferCatalogue offers)
{
    private const string DisplayKind = "display";

    public CampaignMessage Compose(CompiledCampaign campaign, in TriggerFact fact, long arrival, string? coupon = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var content = campaign.Content;
        var push = content.Push is { } p && fact.Shopper.Length > 0
            ? new PushPart(p.Title.Render(fact), p.Body.Render(fact), p.DeepLink.Render(fact), p.ImageUrl, p.CouponRef, coupon)
            : null;
        DisplayPart? display = null;
        if (content.Display is { } d && DisplayFor(d, fact) is { } device)
        {
            var product = d.Product == "{product}" ? fact.Product : d.Product;
            var offer = product is null ? null : offers.Find(fact.Store, product);
            display = new DisplayPart(device, d.Title.Render(fact), d.Text?.Render(fact), product, offer?.Price, offer?.Currency, offer?.Qr,
                (int)Math.Ceiling(d.Ttl.TotalSeconds));
        }

        return new CampaignMessage(campaign.Id, campaign.Version, fact.Shopper.Length > 0 ? fact.Shopper : null, fact.Store, fact.EventTime, arrival,
            Describe(fact), push, display) { Purchase = fact.Purchase };
    }

    /// <summary>The display a display message for <paramref name="fact"/> goes to: the one named, or the nearest to the shopper.</summary>
    public string? DisplayFor(CompiledDisplay spec, in TriggerFact fact)
    {
        if (spec.Display is { } named && named != "nearest")
        {
            return named;
        }

        // From the identity directory's snapshot, not the file: a LiteDB scan of the store's devices per message held
        // the display path to about 170 messages a second under load (campaign-load, docs/benchmarks.md).
        var snapshot = directory.Current;
        var store = fact.Store;
        var displays = (snapshot.DevicesByStore.GetValueOrDefault(store) ?? []).Where(x => x.Kind == DisplayKind && !x.Revoked);
        if (fact.Shelf is { } shelfId && snapshot.TryGetDevice(store, shelfId, out var shelf))
        {
            return DisplaySelector.Select(shelf, fact.Zone, displays)?.Device;
        }

        var zone = fact.Zone;
        return displays.Where(x => zone is not null && x.Zone == zone).OrderBy(x => x.Device, StringComparer.Ordinal).FirstOrDefault()?.Device;
    }

    private static string Describe(in TriggerFact fact)
    {
        var text = new StringBuilder(TriggerKinds.Name(fact.Kind)).Append(" in store ").Append(fact.Store);
        if (fact.Zone is not null)
        {
            text.Append(" zone ").Append(fact.Zone);
        }

        if (fact.Shelf is not null)
        {
            text.Append(" shelf ").Append(fact.Shelf);
        }

        if (fact.Product is not null)
        {
            text.Append(" product ").Append(fact.Product);
        }

        return text.ToString();
    }
}

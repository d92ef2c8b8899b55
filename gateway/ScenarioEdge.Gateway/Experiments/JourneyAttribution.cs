using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Purchases;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>
/// Attribution of an identified shopper's purchase (docs/experiments.md): every journey of the shopper whose campaign
/// promotes a product in the basket and whose window is open — from the exposure, the campaign's time window (72 h by
/// default) and, for an in-store offer, the visit (the purchase in the store of the exposure, during that visit or
/// before the shopper left plus the grace) — is a claimant; the last touch (latest exposure) is credited
/// (purchased, the first time, and the promoted products' revenue). Every arm alike: holdout and control journeys
/// are credited exactly as sent ones, they are the comparison. Every open window is kept in <c>attributions</c>.
/// The terms (window, promoted products) are those of the campaign version live at the touch
/// (<see cref="VersionTerms"/>): a campaign paused or ended since keeps its open windows.
/// </summary>
public sealed class JourneyAttribution(
    JourneyBook book,
    VersionTerms terms,
    ShopperContexts contexts,
    GatewayDatabase database) : IPurchaseSink
{
    public void OnPurchase(PurchaseRecord purchase, long arrival)
    {
        ArgumentNullException.ThrowIfNull(purchase);
        if (purchase.Shopper is not { } shopper)
        {
            return;
        }

        var at = purchase.EventTime;
        var claimants = new List<(JourneyRecord Journey, double Revenue)>();
        foreach (var journey in book.OfShopper(shopper))
        {
            if (terms.Of(journey) is not { } campaign
                || !Open(journey, campaign.Rule, purchase, at, shopper)
                || Revenue(campaign, purchase) is not { } revenue)
            {
                continue;
            }

            claimants.Add((journey, revenue));
        }

        var last = claimants.Count == 0 ? default
            : claimants.MaxBy(c => (c.Journey.ExposedAt, c.Journey.Campaign), Comparer<(DateTime, string)>.Create((a, b) =>
                a.Item1 != b.Item1 ? a.Item1.CompareTo(b.Item1) : string.CompareOrdinal(a.Item2, b.Item2)));
        if (last.Journey is { } credited)
        {
            book.Stamp(credited.Campaign, credited.Unit, FunnelStage.Purchased, at, revenue: last.Revenue);
        }

        database.Attributions.Upsert(new AttributionRecord
        {
            Id = purchase.Id,
            Shopper = shopper,
            Store = purchase.Store,
            At = at.UtcDateTime,
            Credited = last.Journey?.Campaign,
            Revenue = last.Revenue,
            Claimants = [.. claimants.Select(c => $"{c.Journey.Campaign}/{c.Journey.Arm}@{new DateTimeOffset(c.Journey.ExposedAt.ToUniversalTime(), TimeSpan.Zero):O}")],
        });
    }

    private bool Open(JourneyRecord journey, CampaignAttribution rule, PurchaseRecord purchase, DateTimeOffset at, string shopper)
    {
        var touch = new DateTimeOffset(journey.ExposedAt.ToUniversalTime(), TimeSpan.Zero);
        if (at < touch || at > touch + rule.Window)
        {
            return false;
        }

        if (!rule.Visit)
        {
            return true;
        }

        if (purchase.Store != journey.Store)
        {
            return false;
        }

        // Still in the visit of the touch, or away from every store since no longer than the grace.
        var now = contexts.Of(shopper);
        return (journey.Visit is not null && now.Visit == journey.Visit)
            || (now.Store is null && contexts.ChangedAt(shopper) is { } left && left >= touch && at <= left + rule.Grace);
    }

    /// <summary>The revenue of the campaign's promoted products in the basket, or null when it holds none.</summary>
    private static double? Revenue(AttributionTerms campaign, PurchaseRecord purchase)
    {
        var (skus, categories) = (campaign.Skus, campaign.Categories);
        double? revenue = null;
        foreach (var line in purchase.Items)
        {
            if (skus.Contains(line.Sku) || (line.Category is { } category && categories.Contains(category)))
            {
                revenue = (revenue ?? 0) + (line.Qty * line.Price);
            }
        }

        return revenue;
    }
}

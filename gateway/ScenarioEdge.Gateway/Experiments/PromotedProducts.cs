using System.Collections.Concurrent;
using System.Text.Json;
using ScenarioEdge.Campaigns.Documents;
using ScenarioEdge.Coupons.Documents;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>
/// What a campaign version promotes, for attribution: the SKUs and categories of its push's coupon scope (any arm's),
/// the products its conditions name, and the product its display names. A campaign that names none claims no
/// purchase. Read from the version's document, so a paused or ended version is read like a running one; cached per
/// campaign version (coupon scopes change with a new coupon version, read at first use).
/// </summary>
public sealed class PromotedProducts(GatewayDatabase database)
{
    private readonly ConcurrentDictionary<(string, int), (HashSet<string> Skus, HashSet<string> Categories)> _byCampaign = new();

    public (IReadOnlySet<string> Skus, IReadOnlySet<string> Categories) Of(CampaignDocument campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return _byCampaign.GetOrAdd((campaign.Id, campaign.Version), _ => Build(campaign));
    }

    private (HashSet<string>, HashSet<string>) Build(CampaignDocument campaign)
    {
        var skus = new HashSet<string>(StringComparer.Ordinal);
        var categories = new HashSet<string>(StringComparer.Ordinal);
        foreach (var condition in campaign.Conditions.Where(c => c.Products is not null))
        {
            skus.UnionWith(condition.Products!);
        }

        // The campaign's own content is the holdout's and every variant's without content of its own.
        var contents = (campaign.Experiment?.Variants ?? []).Select(v => v.Content).Append(campaign.Content);
        foreach (var content in contents.OfType<ContentSpec>())
        {
            if (content.ShelfDisplay?.Product is { } product && !product.StartsWith('{'))
            {
                skus.Add(product);
            }

            if (content.AppPush?.CouponRef is { } coupon && database.Coupons.FindById(coupon) is { } record
                && JsonSerializer.Deserialize(record.Json, CouponJsonContext.Default.CouponDocument) is { } doc)
            {
                skus.UnionWith(doc.Scope.Skus ?? []);
                categories.UnionWith(doc.Scope.Categories ?? []);
            }
        }

        return (skus, categories);
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Coupons.Documents;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>
/// What a campaign promotes, for attribution: the SKUs and categories of its push's coupon scope (any arm's), the
/// products its conditions name, and the product its display names. A campaign that names none claims no purchase.
/// Cached per campaign version (coupon scopes change with a new coupon version, read at first use).
/// </summary>
public sealed class PromotedProducts(GatewayDatabase database)
{
    private readonly ConcurrentDictionary<(string, int), (HashSet<string> Skus, HashSet<string> Categories)> _byCampaign = new();

    public (IReadOnlySet<string> Skus, IReadOnlySet<string> Categories) Of(CompiledCampaign campaign) =>
        _byCampaign.GetOrAdd((campaign.Id, campaign.Version), _ => Build(campaign));

    private (HashSet<string>, HashSet<string>) Build(CompiledCampaign campaign)
    {
        var skus = new HashSet<string>(StringComparer.Ordinal);
        var categories = new HashSet<string>(StringComparer.Ordinal);
        foreach (var condition in campaign.Document.Conditions.Where(c => c.Products is not null))
        {
            skus.UnionWith(condition.Products!);
        }

        foreach (var arm in campaign.Experiment.Arms.Append(campaign.Experiment.Unassigned))
        {
            if (arm.Campaign.Content.Display?.Product is { } product && !product.StartsWith('{'))
            {
                skus.Add(product);
            }

            if (arm.Campaign.Content.Push?.CouponRef is { } coupon && database.Coupons.FindById(coupon) is { } record
                && JsonSerializer.Deserialize(record.Json, CouponJsonContext.Default.CouponDocument) is { } doc)
            {
                skus.UnionWith(doc.Scope.Skus ?? []);
                categories.UnionWith(doc.Scope.Categories ?? []);
            }
        }

        return (skus, categories);
    }
}

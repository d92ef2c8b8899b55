using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Tests.Support;
using ScenarioEdge.Campaigns.Triggers;
using static ScenarioEdge.Campaigns.Tests.Support.Campaigns;

namespace ScenarioEdge.Campaigns.Tests.Compilation;

/// <summary>The purchase trigger (no longer reserved) and its basket conditions: products, categories, minTotal.</summary>
public sealed class PurchaseConditionTests
{
    private readonly TestCatalog _catalog = TestCatalog.Demo();
    private readonly List<CompiledCampaign> _matches = [];

    private static TriggerFact Basket(double total, string[] skus, string[] categories) =>
        Fact(TriggerKind.Purchase) with { Purchase = "p-1", Products = skus, Categories = categories, Total = total };

    [Fact]
    public void Match_PurchaseCampaignWithoutConditions_MatchesEveryPurchase()
    {
        var set = CampaignSet.Build([Compile(Minimal("share", "{kind: purchase}"))], _catalog);

        set.Match(Basket(0.5, ["croissant"], []), _matches);

        Assert.Equal("share", Assert.Single(_matches).Id);
    }

    [Fact]
    public void Match_MinTotal_HoldsFromTheLimitOnly()
    {
        var set = CampaignSet.Build([Compile(Minimal("big", "{kind: purchase}", "[{minTotal: 20}]"))], _catalog);

        set.Match(Basket(19.99, ["croissant"], []), _matches);
        Assert.Empty(_matches);
        set.Match(Basket(20, ["croissant"], []), _matches);
        Assert.Single(_matches);
    }

    [Fact]
    public void Match_ProductsAndCategories_HoldWhenAnyItemOfTheBasketIsListed()
    {
        var set = CampaignSet.Build([Compile(Minimal("drinks", "{kind: purchase}", "[{products: [sports-drink], categories: [drinks]}]"))], _catalog);

        set.Match(Basket(5, ["croissant", "sports-drink"], ["bakery", "drinks"]), _matches);
        Assert.Single(_matches);
        _matches.Clear();
        set.Match(Basket(5, ["croissant", "sports-drink"], ["bakery"]), _matches);
        Assert.Empty(_matches);
        set.Match(Basket(5, ["croissant"], ["drinks"]), _matches);
        Assert.Empty(_matches);
    }

    [Fact]
    public void Match_PurchaseCampaign_NotMatchedByOtherKinds()
    {
        var set = CampaignSet.Build([Compile(Minimal("share", "{kind: purchase}"))], _catalog);

        Assert.Equal(0, set.Match(Fact(TriggerKind.ShelfPick) with { Product = "croissant" }, _matches));
        Assert.Empty(_matches);
    }
}

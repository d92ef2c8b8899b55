using ScenarioEdge.Campaigns.Validation;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>A catalog with no stores, for the empty snapshot.</summary>
internal sealed class EmptyCatalog : ICampaignCatalog
{
    public static EmptyCatalog Instance { get; } = new();

    public IReadOnlyCollection<string> Stores => [];

    public TimeZoneInfo? TimeZoneOf(string store) => null;

    public bool HasZone(string store, string zone) => false;

    public bool HasShelf(string store, string shelf) => false;

    public bool HasDisplay(string store, string display) => false;

    public bool HasProduct(string product) => false;

    public bool HasCoupon(string coupon) => false;
}

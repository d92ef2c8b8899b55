
namespace ScenarioEdge.Gateway.Storage;

/// <summary>A store's offer for one product (collection <c>offers</c>, id <c>{store}/{sku}</c>), provisioned from a scenario.</summary>
public sealed class OfferRecord
{
    public string Id { get; set; } = "";

    public string Store { get; set; } = "";

    public string Sku { get; set; } = "";

    public Offer Offer { get; set; } = new();

    public static string KeyOf(string store, string sku) => $"{store}/{sku}";
}

using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Privacy;

/// <summary>The pushes sent to a shopper and their feedback.</summary>
public sealed class PushDataHolder(GatewayDatabase database) : IShopperDataHolder
{
    public string Name => "pushes";

    public IReadOnlyList<object> Export(string shopper) => database.Pushes.Find(p => p.Shopper == shopper).Cast<object>().ToList();

    public int EraseData(string shopper) => database.Pushes.DeleteMany(p => p.Shopper == shopper);
}

using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Privacy;

/// <summary>A shopper's scene timeline (collection <c>scenes</c>): exported, erased, and kept no longer than retention.</summary>
public sealed class SceneDataHolder(GatewayDatabase database) : IShopperDataHolder
{
    public string Name => "scenes";

    public IReadOnlySet<string> Purposes { get; } = new HashSet<string>(StringComparer.Ordinal) { ConsentPurposes.Presence, ConsentPurposes.Activity };

    public IReadOnlyList<object> Export(string shopper) => database.Scenes.Find(s => s.Shopper == shopper).Cast<object>().ToList();

    public int EraseData(string shopper) => database.Scenes.DeleteMany(s => s.Shopper == shopper);

    public int ExpireBefore(DateTime cutoff) => database.Scenes.DeleteMany(s => s.At < cutoff);
}

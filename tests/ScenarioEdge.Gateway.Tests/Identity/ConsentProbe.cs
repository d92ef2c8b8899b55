using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Privacy;

namespace ScenarioEdge.Gateway.Tests.Identity;

/// <summary>
/// A data holder that notes, each time it is asked to erase, what the identity directory says of the shopper at that
/// moment: whatever a holder erases while the directory still shows the consent can be brought back by the next message.
/// </summary>
internal sealed class ConsentProbe(IdentityDirectory directory) : IShopperDataHolder
{
    public string Name => "probe";

    public IReadOnlySet<string> Purposes { get; } = new HashSet<string>(ConsentPurposes.All, StringComparer.Ordinal);

    /// <summary>The consents the directory showed at each erasure; null where it no longer knew the shopper.</summary>
    public List<IReadOnlySet<string>?> Seen { get; } = [];

    public IReadOnlyList<object> Export(string shopper) => [];

    public int EraseData(string shopper)
    {
        Seen.Add(directory.Current.Shopper(shopper)?.Consents);
        return 0;
    }

    public int ExpireBefore(DateTime cutoff) => 0;
}

namespace ScenarioEdge.Gateway.Privacy;

/// <summary>
/// A stage that holds data about shoppers registers one of these, so that an export finds everything and an erasure
/// leaves nothing behind. Add one with every new store of shopper data.
/// </summary>
public interface IShopperDataHolder
{
    /// <summary>Name of the section in an export (e.g. "pushes").</summary>
    string Name { get; }

    /// <summary>Consent purposes this data serves: withdrawing any of them erases it for the shopper.</summary>
    IReadOnlySet<string> Purposes { get; }

    /// <summary>Everything held about the shopper, as JSON-serialisable values.</summary>
    IReadOnlyList<object> Export(string shopper);

    /// <summary>Deletes everything held about the shopper; returns how many records went.</summary>
    int EraseData(string shopper);

    /// <summary>Deletes (or folds into shopper-free aggregates) what is older than <paramref name="cutoff"/>; returns how many records went.</summary>
    int ExpireBefore(DateTime cutoff);
}

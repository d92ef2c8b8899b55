namespace ScenarioEdge.Gateway.Shelves;

/// <summary>What a shopper did at a shelf, as far as the offer rule cares.</summary>
public enum ShelfInteractionKind
{
    /// <summary>Took a product: interest.</summary>
    Pick,

    /// <summary>Took a product and put it back soon after: interest with hesitation, worth an offer.</summary>
    PickAndPutBack,
}

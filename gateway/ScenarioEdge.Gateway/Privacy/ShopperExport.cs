namespace ScenarioEdge.Gateway.Privacy;

/// <summary>Everything held about one shopper, as returned by an export request.</summary>
public sealed record ShopperExport(
    string Shopper,
    IReadOnlyList<string> Installs,
    IReadOnlyList<string> Consents,
    IReadOnlyList<ConsentChange> ConsentHistory,
    IReadOnlyDictionary<string, IReadOnlyList<object>> Data,
    IReadOnlyList<string> Tags);

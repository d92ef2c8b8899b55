namespace ScenarioEdge.Campaigns.Validation;

/// <summary>
/// The stores a campaign's references are checked in. A listed store must have every zone, shelf and display the
/// campaign names; a campaign for every store ("*") needs each to exist in at least one store.
/// </summary>
internal sealed record StoreScope(IReadOnlyCollection<string> Stores, bool All);

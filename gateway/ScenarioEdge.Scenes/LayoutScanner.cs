namespace ScenarioEdge.Scenes;

/// <summary>A scanner slot of a <see cref="StoreLayout"/>: a scanner device, or a store beacon (<c>beacon:{name}</c>) heard by phones.</summary>
public sealed record LayoutScanner(string Id, string Zone, double X, double Y);

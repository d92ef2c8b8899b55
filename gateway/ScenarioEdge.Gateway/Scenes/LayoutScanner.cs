namespace ScenarioEdge.Gateway.Scenes;

/// <summary>A scanner of a <see cref="StoreLayout"/>.</summary>
internal sealed record LayoutScanner(string Id, string Zone, double X, double Y);

namespace ScenarioEdge.Scenes;

/// <summary>A zone of a <see cref="StoreLayout"/>: fingerprint indexed like the layout's scanners (NaN: not expected to hear it).</summary>
internal sealed record LayoutZone(string Id, long DwellTicks, string? Shelf, double X, double Y, double[] Fingerprint);

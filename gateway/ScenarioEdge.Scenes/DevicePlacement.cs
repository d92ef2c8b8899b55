namespace ScenarioEdge.Scenes;

/// <summary>A device of a store as a layout uses it: kind (<c>scanner</c>, <c>shelf</c>, …), the zone it stands in and its position.</summary>
public sealed record DevicePlacement(string Device, string Kind, string? Zone, double X, double Y);

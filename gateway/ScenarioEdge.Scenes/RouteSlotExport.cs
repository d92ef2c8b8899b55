namespace ScenarioEdge.Scenes;

/// <summary>One half-hour slot of a route habit: the store the phone's distance referred to, the distances seen, and the local days of the trips.</summary>
public sealed record RouteSlotExport(string Slot, string Store, double FromDistanceM, double ToDistanceM, IReadOnlyList<string> Days);

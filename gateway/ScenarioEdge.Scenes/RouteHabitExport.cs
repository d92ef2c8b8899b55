namespace ScenarioEdge.Scenes;

/// <summary>A shopper's route habit in an export: local days on which the shopper was heard, and the usual trips per time slot.</summary>
public sealed record RouteHabitExport(int? UtcOffsetMinutes, IReadOnlyList<string> ObservedDays, IReadOnlyList<RouteSlotExport> Trips);

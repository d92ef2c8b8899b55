namespace ScenarioEdge.Scenes;

/// <summary>
/// A copy of a <see cref="RouteHabit"/> to keep across restarts, taken on its partition and written elsewhere:
/// local day number of day bit 0, local-time offset (null before any signal said it), days observed, the 48 slot
/// cells and the stores their place signatures refer to (null: free), and the event time of the last change.
/// </summary>
public sealed record RouteHabitSnapshot(
    string Shopper, int Day, int? OffsetMinutes, uint Observed, uint[] Cells, string?[] Stores, long ChangedAtTicks);

namespace ScenarioEdge.Scenes;

/// <summary>
/// A store's zone model as configured (the stored store record or a scenario file maps to it at the edge):
/// IANA time zone, zone method (<c>strongest</c>, <c>position</c>, <c>fingerprint</c>) and zones.
/// </summary>
public sealed record StorePlan(string Id, string TimeZone, string? ZoneMethod, IReadOnlyList<ZonePlan> Zones);

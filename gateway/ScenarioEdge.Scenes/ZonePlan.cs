namespace ScenarioEdge.Scenes;

/// <summary>
/// A configured zone: dwell threshold in seconds (0 or less: the default), centre in store metres, and the
/// calibrated mean RSSI per scanner slot for the fingerprint method (slots not listed are not expected to hear it).
/// </summary>
public sealed record ZonePlan(string Id, int DwellS, double X, double Y, IReadOnlyDictionary<string, double> Fingerprint);

namespace ScenarioEdge.Scenes;

/// <summary>How a store turns per-scanner RSSI into a zone (docs/scenes.md, "Zone estimate").</summary>
public enum ZoneMethod
{
    /// <summary>The zone of the strongest scanner: needs nothing but each scanner's zone.</summary>
    Strongest,

    /// <summary>A position weighted by RSSI from the scanners' positions, then the nearest zone centre.</summary>
    Position,

    /// <summary>The zone whose calibrated RSSI fingerprint (mean RSSI per scanner, from a calibration walk) is nearest.</summary>
    Fingerprint,
}

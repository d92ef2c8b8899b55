namespace ScenarioEdge.Simulation.Evaluation;

/// <summary>What counts as a zone in the BLE sector tour.</summary>
public enum ZoneGranularity
{
    /// <summary>One zone per beacon: a sector belongs to the beacon strongest on average there (2–4 sectors, 3–6 m).</summary>
    Beacon,

    /// <summary>The two floors (7 and 21 sectors).</summary>
    Floor,

    /// <summary>Each of the 28 sectors (about 1.5 × 2 m).</summary>
    Sector,
}

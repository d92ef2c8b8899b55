namespace ScenarioEdge.Scenes;

/// <summary>The zone a <see cref="ZoneEstimate"/> picks, its score and the scanner that hears the shopper best there.</summary>
internal struct ZoneChoice
{
    public string? Zone;
    public string? Shelf;
    public long DwellTicks;

    /// <summary>How well the zone fits, in dB (higher is better; comparable between zones of one method only).</summary>
    public double Score;

    /// <summary>The strongest fresh scanner in the zone (or overall, when none of the zone's scanners is fresh).</summary>
    public string? Scanner;
    public double Rssi;
}

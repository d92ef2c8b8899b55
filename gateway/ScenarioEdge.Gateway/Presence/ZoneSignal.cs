namespace ScenarioEdge.Gateway.Presence;

/// <summary>Smoothed signal of one shopper in one zone (the strongest scanner of the zone dominates).</summary>
internal struct ZoneSignal
{
    // Exponential smoothing: fast enough to follow a walk, slow enough to ride out single-advert fades.
    private const double Alpha = 0.35;

    public string Zone;
    public double Smoothed;
    public DateTimeOffset LastSeen;

    public void Add(double rssi, DateTimeOffset at)
    {
        Smoothed = LastSeen == default ? rssi : Smoothed + (Alpha * (rssi - Smoothed));
        LastSeen = at > LastSeen ? at : LastSeen;
    }
}

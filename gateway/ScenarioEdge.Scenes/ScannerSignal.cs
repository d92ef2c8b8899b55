namespace ScenarioEdge.Scenes;

/// <summary>Robust smoothed RSSI of one shopper at one scanner.</summary>
internal struct ScannerSignal
{
    public string? Scanner;
    public string? Zone;
    public string? Shelf;
    public long DwellTicks;
    public double Smoothed;
    public long LastTicks;

    /// <summary>Index of the scanner in the store's layout (−1: not in the layout).</summary>
    public int Index;

    /// <summary>
    /// Exponential smoothing with the innovation clipped: one reflection or one deep fade moves the estimate by at
    /// most <paramref name="clipDb"/> × <paramref name="alpha"/>, a real change still comes through within seconds.
    /// </summary>
    public void Add(double rssi, long at, double alpha, double clipDb)
    {
        if (LastTicks == 0)
        {
            Smoothed = rssi;
        }
        else
        {
            Smoothed += alpha * Math.Clamp(rssi - Smoothed, -clipDb, clipDb);
        }

        LastTicks = Math.Max(LastTicks, at);
    }
}

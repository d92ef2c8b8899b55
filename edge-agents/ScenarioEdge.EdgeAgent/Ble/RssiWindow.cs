namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>
/// The last N RSSI samples of one advertiser and their median. A median ignores the deep fades and reflections
/// that make single BLE readings jump 10-20 dB, which is why open presence systems settled on it (or an IQR-trimmed
/// mean) after trying Kalman and 1-euro filters. The median is computed when asked (once per publish interval),
/// not on every sample.
/// </summary>
internal sealed class RssiWindow(int capacity)
{
    private readonly sbyte[] samples = new sbyte[capacity];
    private int count;
    private int next;

    public int Capacity => samples.Length;

    public int Count => count;

    public void Add(sbyte rssi)
    {
        samples[next] = rssi;
        next = next + 1 == samples.Length ? 0 : next + 1;
        if (count < samples.Length)
        {
            count++;
        }
    }

    /// <summary>Median of the window (mean of the middle two for an even count); NaN when empty.</summary>
    public double Median()
    {
        if (count == 0)
        {
            return double.NaN;
        }

        Span<sbyte> sorted = stackalloc sbyte[count];
        samples.AsSpan(0, count).CopyTo(sorted);
        sorted.Sort();
        var middle = count / 2;
        return count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}

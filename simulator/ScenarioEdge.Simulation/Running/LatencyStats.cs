namespace ScenarioEdge.Simulation.Running;

/// <summary>Latencies of one channel in one run, in wall milliseconds (nearest-rank percentiles).</summary>
public sealed record LatencyStats(int Count, double P50Ms, double P95Ms, double MaxMs)
{
    /// <summary>The wall time from <paramref name="eventTime"/> (scenario time) to now, or null for a message triggered before the run.</summary>
    public static double? Of(ScenarioClock clock, DateTimeOffset eventTime)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return eventTime < clock.Start - clock.Jumped ? null : (clock.Now - eventTime).TotalMilliseconds / clock.Speed;
    }

    public static LatencyStats? From(IEnumerable<double?> latencies)
    {
        var sorted = latencies.OfType<double>().Order().ToArray();
        return sorted.Length == 0 ? null : new LatencyStats(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), sorted[^1]);
    }

    private static double Rank(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

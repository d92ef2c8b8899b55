namespace ScenarioEdge.EdgeAgent.Publishing;

/// <summary>
/// Exponential backoff with jitter: attempt n waits between half and all of min·2^(n-1), capped at max, so that a
/// store full of agents does not reconnect in lockstep after a broker restart.
/// </summary>
public static class Backoff
{
    public static TimeSpan Delay(int attempt, TimeSpan min, TimeSpan max, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var ceiling = Math.Min(max.Ticks, min.Ticks * (1L << Math.Min(exponent, 20)));
        var half = ceiling / 2;
        return TimeSpan.FromTicks(half + (long)(random.NextDouble() * (ceiling - half)));
    }
}

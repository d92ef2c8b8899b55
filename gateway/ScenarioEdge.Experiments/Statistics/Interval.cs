namespace ScenarioEdge.Experiments.Statistics;

/// <summary>A two-sided interval around an estimate.</summary>
public readonly record struct Interval(double Estimate, double Low, double High)
{
    /// <summary>Whether the interval leaves out <paramref name="value"/> (e.g. no difference, 0).</summary>
    public bool Excludes(double value) => value < Low || value > High;
}

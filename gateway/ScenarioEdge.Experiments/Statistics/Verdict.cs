namespace ScenarioEdge.Experiments.Statistics;

/// <summary>What a report may say about a variant against the holdout.</summary>
public enum Verdict
{
    /// <summary>Below the minimum sample on either side: no claim either way.</summary>
    TooLittleData,

    /// <summary>The interval of the difference includes 0 at the corrected level.</summary>
    NoDifference,

    /// <summary>Better than the holdout (corrected p below α and the lift above 0).</summary>
    Better,

    /// <summary>Worse than the holdout.</summary>
    Worse,
}

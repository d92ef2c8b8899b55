namespace ScenarioEdge.Experiments.Statistics;

/// <summary>One variant against the holdout: every figure a report shows for it.</summary>
public sealed record VariantComparison(
    string Arm,
    Interval Conversion,
    Interval AbsoluteLift,
    Interval RelativeLift,
    double Z,
    double P,
    double AdjustedP,
    double RevenueT,
    double RevenueP,
    Interval RevenueDifference,
    Verdict Verdict);

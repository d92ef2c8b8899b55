using ScenarioEdge.Experiments.Statistics;

namespace ScenarioEdge.Experiments.Reports;

/// <summary>
/// One variant against the baseline (the holdout, or the global control without one) at the report's conversion
/// stage: <see cref="Comparison"/>'s figures, and the always-valid p after the last daily look when asked for.
/// </summary>
public sealed record LiftRow(
    string Arm,
    string Baseline,
    Interval Conversion,
    Interval BaselineConversion,
    Interval AbsoluteLift,
    Interval RelativeLift,
    double Z,
    double P,
    double AdjustedP,
    double RevenueT,
    double RevenueP,
    Interval RevenueDifference,
    double? AlwaysValidP,
    Verdict Verdict);

using ScenarioEdge.Experiments.Funnel;

namespace ScenarioEdge.Experiments.Reports;

/// <summary>The chi-square sample-ratio check at one stage over the arms expected to keep their weights there.</summary>
public sealed record SampleRatioCheck(
    FunnelStage Stage,
    IReadOnlyList<string> Arms,
    IReadOnlyList<long> Observed,
    IReadOnlyList<double> ExpectedShares,
    double ChiSquare,
    int DegreesOfFreedom,
    double P,
    bool Mismatch);

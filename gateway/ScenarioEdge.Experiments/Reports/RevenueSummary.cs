namespace ScenarioEdge.Experiments.Reports;

/// <summary>Revenue per exposed unit (zeros included): what Welch's t compares.</summary>
public sealed record RevenueSummary(long Units, double Total, double Mean, double StandardDeviation);

using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Experiments.Statistics;

namespace ScenarioEdge.Experiments.Reports;

/// <summary>Units of one arm that reached a stage, and that as a share of the arm's exposed units (Wilson 95%).</summary>
public sealed record StageCount(FunnelStage Stage, long Units, Interval Rate);

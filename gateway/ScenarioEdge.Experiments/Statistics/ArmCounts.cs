namespace ScenarioEdge.Experiments.Statistics;

/// <summary>An arm's exposed shoppers, how many converted, and revenue per exposed shopper.</summary>
public sealed record ArmCounts(string Arm, long Exposed, long Converted, Moments Revenue);

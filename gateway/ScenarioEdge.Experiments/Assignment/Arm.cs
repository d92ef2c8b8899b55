namespace ScenarioEdge.Experiments.Assignment;

/// <summary>One arm of an experiment: a variant, or the holdout that is measured but sent nothing.</summary>
public sealed record Arm(string Name, double Weight, bool Holdout = false);

namespace ScenarioEdge.Experiments.Feedback;

/// <summary>A feature's levels, ranked from the one converting most above the rest to the one most below.</summary>
public sealed record FeatureBreakdown(string Feature, IReadOnlyList<LevelDifference> Levels);

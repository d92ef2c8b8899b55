using ScenarioEdge.Experiments.Statistics;

namespace ScenarioEdge.Experiments.Feedback;

/// <summary>
/// One level of a feature among engaged units: its conversion against the rest's, and the difference with
/// Newcombe's interval (<see cref="Lift.Absolute"/>).
/// </summary>
public sealed record LevelDifference(string Level, long Units, long Converted, Interval Rate, long RestUnits, long RestConverted, Interval RestRate, Interval Difference);

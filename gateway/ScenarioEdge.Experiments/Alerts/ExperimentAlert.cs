namespace ScenarioEdge.Experiments.Alerts;

/// <summary>
/// One alert: what fired, for which campaign and day, the figures it fired on (named, so an operator can check the
/// arithmetic) and a sentence saying it.
/// </summary>
public sealed record ExperimentAlert(AlertKind Kind, string Campaign, DateOnly Day, IReadOnlyDictionary<string, double> Figures, string Message);

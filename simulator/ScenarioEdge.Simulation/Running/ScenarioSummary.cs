namespace ScenarioEdge.Simulation.Running;

/// <summary>The machine-readable summary of a run (<c>run --summary file.json</c>): verdict and latencies per channel.</summary>
public sealed record ScenarioSummary(string Scenario, bool Passed, double Speed, int Pushes, int DisplayContents, LatencyStats? Push, LatencyStats? Display);

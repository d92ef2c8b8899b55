namespace ScenarioEdge.Simulation.Running;

/// <summary>One expectation, whether it held, and the measured detail (e.g. "after 2.1 s").</summary>
public sealed record ExpectationOutcome(string Expectation, bool Passed, string Detail);

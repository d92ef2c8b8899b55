namespace ScenarioEdge.Simulation.Running;

/// <summary>What a scenario run did and whether every expectation held.</summary>
public sealed record ScenarioResult(
    string Scenario,
    IReadOnlyList<ExpectationOutcome> Expectations,
    IReadOnlyList<ReceivedPush> Pushes,
    long MessagesPublished,
    double ScenarioSeconds)
{
    public bool Passed => Expectations.All(e => e.Passed);
}

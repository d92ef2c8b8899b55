namespace ScenarioEdge.Simulation.Running;

/// <summary>What a scenario run did and whether every expectation held.</summary>
public sealed record ScenarioResult(
    string Scenario,
    IReadOnlyList<ExpectationOutcome> Expectations,
    IReadOnlyList<ReceivedPush> Pushes,
    long MessagesPublished,
    double ScenarioSeconds)
{
    /// <summary>Content the simulated shelves' displays received.</summary>
    public IReadOnlyList<ReceivedDisplayContent> DisplayContents { get; init; } = [];

    /// <summary>Shelf events the simulated shelves published.</summary>
    public IReadOnlyList<PublishedShelfEvent> ShelfEvents { get; init; } = [];

    public bool Passed => Expectations.All(e => e.Passed);
}

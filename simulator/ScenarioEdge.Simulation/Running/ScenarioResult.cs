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

    /// <summary>Scenario seconds per wall second the run played at.</summary>
    public double Speed { get; init; } = 1;

    /// <summary>From the triggering signal's event time to the push's arrival at the virtual app, wall time.</summary>
    public LatencyStats? PushLatency => LatencyStats.From(Pushes.Select(p => p.LatencyMs));

    /// <summary>From the triggering signal's event time to the display receiving campaign content, wall time.</summary>
    public LatencyStats? DisplayLatency => LatencyStats.From(DisplayContents.Select(d => d.LatencyMs));

    public bool Passed => Expectations.All(e => e.Passed);

    public ScenarioSummary Summary() => new(Scenario, Passed, Speed, Pushes.Count, DisplayContents.Count, PushLatency, DisplayLatency);
}

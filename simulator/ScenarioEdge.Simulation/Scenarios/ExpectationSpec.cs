namespace ScenarioEdge.Simulation.Scenarios;

/// <summary>
/// What must happen: shopper <see cref="To"/> gets a push of campaign <see cref="Push"/> within <see cref="WithinS"/>
/// scenario seconds after entering the store (or, with <see cref="Never"/>, gets none during the run); or display
/// <see cref="Display"/> gets content whose title or promotion contains <see cref="Shows"/> within
/// <see cref="WithinS"/> seconds after the first shelf action (pick or put) of the scenario.
/// </summary>
public sealed class ExpectationSpec
{
    public string Push { get; set; } = "";

    public string? Display { get; set; }

    public string? Shows { get; set; }

    public string To { get; set; } = "";

    public double WithinS { get; set; } = 10;

    public bool Never { get; set; }

    public override string ToString() =>
        Display is not null ? (Never ? $"display {Display} never shows '{Shows}'" : $"display {Display} shows '{Shows}' within {WithinS:0.#} s of the first shelf action")
        : Never ? $"no '{Push}' push to {To}" : $"'{Push}' push to {To} within {WithinS:0.#} s of entering";
}

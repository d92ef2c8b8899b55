namespace ScenarioEdge.Simulation.Scenarios;

/// <summary>
/// What must happen: shopper <see cref="To"/> gets a push of campaign <see cref="Push"/> within <see cref="WithinS"/>
/// scenario seconds after entering the store (or, with <see cref="Never"/>, gets none during the run).
/// </summary>
public sealed class ExpectationSpec
{
    public string Push { get; set; } = "";

    public string To { get; set; } = "";

    public double WithinS { get; set; } = 10;

    public bool Never { get; set; }

    public override string ToString() =>
        Never ? $"no '{Push}' push to {To}" : $"'{Push}' push to {To} within {WithinS:0.#} s of entering";
}

namespace ScenarioEdge.Gateway.Tests.Infrastructure;

/// <summary>
/// Tests that play a simulated store (the simulator or the demo host) faster than real time and hold the gateway to
/// scenario-time promises ("welcomed within 10 s of entering"). At 8x a stall of one wall-clock second is eight seconds
/// of the story, so under a full run's load (every other test class starting gateways beside them) these failed now
/// and then on time alone: a welcome 11.7 s after entering where an idle run takes 2-3 s, a demo loop past its budget.
/// They run in this one collection, one at a time and after the parallel tests, so the expectation is measured on a
/// machine doing only that; the expectations themselves are unchanged. See docs/decisions.md, "Build and tests".
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SimulatedStoreRuns
{
    public const string Name = "Simulated store runs, one at a time";
}

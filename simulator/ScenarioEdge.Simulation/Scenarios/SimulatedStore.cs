using ScenarioEdge.Provisioning;

namespace ScenarioEdge.Simulation.Scenarios;

/// <summary>The store of a scenario with what the simulator alone reads: the radio model its phones and scanners follow.</summary>
public sealed class SimulatedStore : StoreSpec
{
    public RadioSpec Radio { get; set; } = new();
}

namespace ScenarioEdge.Provisioning;

/// <summary>A store with the simulator's radio model taken as opaque.</summary>
internal sealed class SimulatorStoreKeys : StoreSpec
{
    public object? Radio { get; set; }
}

namespace ScenarioEdge.Provisioning;

/// <summary>What the gateway provisions from a scenario file: its name and its store.</summary>
public sealed record StoreFile(string Name, StoreSpec Store);

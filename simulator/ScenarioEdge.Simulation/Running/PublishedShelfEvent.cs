using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Simulation.Running;

/// <summary>A shelf event a simulated shelf published; <paramref name="AtScenarioSeconds"/> is its event time in scenario seconds.</summary>
public sealed record PublishedShelfEvent(string Device, ShelfEvent Event, double AtScenarioSeconds);

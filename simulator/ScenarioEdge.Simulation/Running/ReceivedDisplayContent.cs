using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Simulation.Running;

/// <summary>Content a simulated shelf received on a display it hosts, at a scenario time.</summary>
public sealed record ReceivedDisplayContent(string Display, DisplayContent Content, double AtScenarioSeconds);

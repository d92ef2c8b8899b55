using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Simulation.Running;

/// <summary>A push a simulated app received, at a scenario time.</summary>
public sealed record ReceivedPush(string Shopper, string Install, AppPush Push, double AtScenarioSeconds);

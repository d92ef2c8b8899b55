namespace ScenarioEdge.Simulation.Running;

/// <summary>The answer of <c>GET /api/shoppers/{shopper}/decisions</c>.</summary>
public sealed record DecisionsAnswer(string Shopper, List<DecisionRow> Decisions);

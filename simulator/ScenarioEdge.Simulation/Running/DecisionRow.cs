namespace ScenarioEdge.Simulation.Running;

/// <summary>One row of <c>GET /api/shoppers/{shopper}/decisions</c>, as far as expectations read it.</summary>
public sealed record DecisionRow(string Campaign, string Trigger, string Outcome, string? Reason, string? Detail, DateTimeOffset EventTime);

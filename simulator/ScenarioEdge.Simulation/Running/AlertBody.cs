namespace ScenarioEdge.Simulation.Running;

/// <summary>Body of <c>POST /api/alerts</c> as the simulator sends it: for the scenario's store.</summary>
public sealed record AlertBody(string Id, string Kind, string Severity, AlertAreaBody Area, DateTimeOffset ValidFrom, DateTimeOffset ValidUntil, string Text);

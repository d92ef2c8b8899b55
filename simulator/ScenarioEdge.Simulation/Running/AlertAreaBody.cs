namespace ScenarioEdge.Simulation.Running;

/// <summary>The area of an alert the simulator posts: a list of stores.</summary>
public sealed record AlertAreaBody(List<string> Stores);

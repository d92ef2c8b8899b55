namespace ScenarioEdge.Experiments.Reports;

/// <summary>An arm as the report lays it out: its name, role and configured weight (null for control and unknown).</summary>
internal sealed record ArmSlot(string Name, string Role, double? Weight);

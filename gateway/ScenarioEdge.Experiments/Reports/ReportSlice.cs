namespace ScenarioEdge.Experiments.Reports;

/// <summary>The funnel per arm for one store or one day (descriptive: no tests per slice, to not multiply them).</summary>
public sealed record ReportSlice(string Key, IReadOnlyList<ArmFunnel> Arms);

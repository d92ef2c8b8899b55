namespace ScenarioEdge.Experiments.Reports;

/// <summary>
/// One arm's funnel: units at every stage, the conversion at the report's stage, and revenue per unit.
/// <see cref="Role"/> is <c>variant</c>, <c>holdout</c>, <c>control</c> or <c>unknown</c> (an arm no longer in the
/// campaign, kept from sticky assignments: shown, never compared or checked for sample ratio).
/// </summary>
public sealed record ArmFunnel(
    string Arm,
    string Role,
    double? Weight,
    long Exposed,
    IReadOnlyList<StageCount> Stages,
    StageCount Conversion,
    RevenueSummary Revenue);

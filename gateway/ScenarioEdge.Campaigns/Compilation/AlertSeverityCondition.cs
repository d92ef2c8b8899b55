using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Campaigns.Compilation;

public sealed class AlertSeverityCondition(AlertSeverity minimum) : FactCondition
{
    public override bool Holds(in TriggerFact fact, in LocalMoment local) => fact.AlertSeverity >= minimum;
}

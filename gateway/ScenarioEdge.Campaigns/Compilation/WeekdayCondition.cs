using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>The event's local weekday (store's time zone) is one of a set, as a bit mask.</summary>
public sealed class WeekdayCondition(int dayMask) : FactCondition
{
    public override bool Holds(in TriggerFact fact, in LocalMoment local) => (dayMask & (1 << (int)local.Day)) != 0;
}

using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>The event's local time of day (store's time zone) is within a range.</summary>
public sealed class TimeOfDayCondition(LocalTimeRange range) : FactCondition
{
    public override bool Holds(in TriggerFact fact, in LocalMoment local) => range.Contains(local.MinuteOfDay);
}

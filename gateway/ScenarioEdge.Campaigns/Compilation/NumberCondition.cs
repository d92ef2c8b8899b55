using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>A number of the fact at least (confidence, dwell) or at most (distance) a limit; unknown (NaN) fails.</summary>
public sealed class NumberCondition(NumberConditionKind kind, double limit) : FactCondition
{
    public override bool ReadsLiveFacts => kind == NumberConditionKind.MaxDistanceM;

    public override bool Holds(in TriggerFact fact, in LocalMoment local) => kind switch
    {
        NumberConditionKind.MinConfidence => fact.Confidence >= limit,
        NumberConditionKind.MinDwellS => fact.DwellS >= limit,
        NumberConditionKind.MinTotal => fact.Total >= limit,
        _ => fact.DistanceToStoreM <= limit,
    };
}

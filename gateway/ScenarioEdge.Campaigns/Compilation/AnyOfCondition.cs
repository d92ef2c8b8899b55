using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>At least one group holds; each group is a condition object (its fields ANDed).</summary>
public sealed class AnyOfCondition(FactCondition[][] groups) : FactCondition
{
    public override bool ReadsLiveFacts => groups.Any(AnyReadsLiveFacts);

    public override bool Holds(in TriggerFact fact, in LocalMoment local)
    {
        foreach (var group in groups)
        {
            if (All(group, fact, local))
            {
                return true;
            }
        }

        return false;
    }
}

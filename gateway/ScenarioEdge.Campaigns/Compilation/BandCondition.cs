using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>
/// Heart-rate reserve or cadence within a band. Both are activity data: the condition never holds without the
/// shopper's activity consent, whatever the gateway put in the fact.
/// </summary>
public sealed class BandCondition(FactField reads, double min, double max) : FactCondition
{
    public override bool ReadsLiveFacts => true;

    public override bool Holds(in TriggerFact fact, in LocalMoment local)
    {
        if ((fact.Consents & Consents.Activity) == 0)
        {
            return false;
        }

        var value = reads == FactField.HeartRateReserve ? fact.HeartRateReserve : fact.Cadence;
        return value >= min && value <= max;
    }
}

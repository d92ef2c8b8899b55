using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>
/// One compiled condition. Conditions hold no per-event state and allocate nothing: the same objects are read by
/// every partition at once.
/// </summary>
public abstract class FactCondition
{
    public abstract bool Holds(in TriggerFact fact, in LocalMoment local);

    /// <summary>
    /// Whether the condition reads a live fact (heart-rate reserve, cadence, distance to the store): one that can
    /// start to hold after the trigger, when the fact arrives late (the gateway then looks again).
    /// </summary>
    public virtual bool ReadsLiveFacts => false;

    /// <summary>Any of the conditions reads a live fact.</summary>
    public static bool AnyReadsLiveFacts(FactCondition[] conditions) => conditions.Any(c => c.ReadsLiveFacts);

    /// <summary>All of the conditions hold (an empty list holds).</summary>
    public static bool All(FactCondition[] conditions, in TriggerFact fact, in LocalMoment local)
    {
        foreach (var c in conditions)
        {
            if (!c.Holds(fact, local))
            {
                return false;
            }
        }

        return true;
    }
}

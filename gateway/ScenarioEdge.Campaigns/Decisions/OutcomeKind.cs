namespace ScenarioEdge.Campaigns.Decisions;

/// <summary>How a (trigger, matched campaign) ended. Deferred is followed later by the final outcome of its release.</summary>
public enum OutcomeKind : byte
{
    Sent,
    Suppressed,
    Deferred,
    Dropped,
}

namespace ScenarioEdge.EdgeAgent.Wearables;

/// <summary>Why a notified measurement did not become a sample.</summary>
internal enum WearableDropReason
{
    None,
    /// <summary>The value does not parse as its characteristic (too short for its flags).</summary>
    Malformed,
    /// <summary>Parsed, but outside what the protocol accepts (e.g. 0 bpm from a strap not worn).</summary>
    OutOfRange,
}

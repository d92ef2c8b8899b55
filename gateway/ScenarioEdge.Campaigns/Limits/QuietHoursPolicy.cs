namespace ScenarioEdge.Campaigns.Limits;

/// <summary>What a campaign does with a send that falls in the store's quiet hours.</summary>
public enum QuietHoursPolicy : byte
{
    /// <summary>Not sent (suppressed with reason QuietHours).</summary>
    Drop,
    /// <summary>Deferred to the end of the quiet window, then sent if caps, cooldown and context still allow.</summary>
    Defer,
    /// <summary>Deferred like <see cref="Defer"/>, and dropped if the context that triggered it has ended by then.</summary>
    DropIfContextEnded,
}

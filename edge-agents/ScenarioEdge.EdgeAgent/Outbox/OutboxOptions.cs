namespace ScenarioEdge.EdgeAgent.Outbox;

/// <summary>Configuration section <c>Agent:Outbox</c>: how much the outbox may hold during an outage.</summary>
public sealed class OutboxOptions
{
    public int MaxMessages { get; set; } = 100_000;

    public long MaxBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Droppable messages (sightings, wearables) older than this are dropped; shelf and status never.</summary>
    public double MaxAgeHours { get; set; } = 24;
}

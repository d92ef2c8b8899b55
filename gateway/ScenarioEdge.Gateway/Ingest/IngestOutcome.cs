namespace ScenarioEdge.Gateway.Ingest;

/// <summary>The result of ingesting one message: accepted, a recognised duplicate, or refused with a reason and a readable message.</summary>
public readonly record struct IngestOutcome(bool Accepted, bool Duplicate, RejectReason Reason, string? Error)
{
    public static IngestOutcome Ok { get; } = new(true, false, default, null);

    public static IngestOutcome Redelivery { get; } = new(true, true, default, null);

    public static IngestOutcome Reject(RejectReason reason, string error) => new(false, false, reason, error);
}

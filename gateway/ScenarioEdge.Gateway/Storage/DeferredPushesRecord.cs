namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// Push intents still queued when the gateway stopped (LiteDB collection <c>deferredpushes</c>), kept as one document
/// per batch so that keeping thousands costs one write, not an index update per push. Delivered at the next start.
/// </summary>
public sealed class DeferredPushesRecord
{
    public long Id { get; set; }

    public DateTime DeferredAt { get; set; }

    public List<DeferredPush> Intents { get; set; } = [];
}

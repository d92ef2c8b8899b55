namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// A send deferred to the end of a store's quiet hours (LiteDB collection <c>campaigndeferred</c>): the engine's
/// DeferredDecision as JSON, released at <see cref="Until"/>, after a restart too.
/// </summary>
public sealed class DeferredDecisionRecord
{
    /// <summary>Campaign, shopper and trigger event time: the same deferral written twice stays one.</summary>
    public string Id { get; set; } = "";

    public string Shopper { get; set; } = "";

    /// <summary>When to release it (UTC).</summary>
    public DateTime Until { get; set; }

    public string Decision { get; set; } = "";
}

namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// Where a shopper is (LiteDB collection <c>whereabouts</c>, id = shopper): store, visit, zone and scene as the scene
/// stream last said, and the shopper's first store visit ever (new or returning). Written in batches; read back at
/// start so that deferred and queued offers are checked against the same visit after a restart.
/// </summary>
public sealed class WhereaboutsRecord
{
    public string Id { get; set; } = "";

    public string? Store { get; set; }

    public string? Visit { get; set; }

    public string? Zone { get; set; }

    public string Scene { get; set; } = "";

    /// <summary>Id of the shopper's first store visit (<c>{store}@{ticks}</c>); null before any.</summary>
    public string? FirstVisit { get; set; }

    /// <summary>When it last changed (the gateway's clock), for retention.</summary>
    public DateTime ChangedAt { get; set; }
}

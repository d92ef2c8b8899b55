namespace ScenarioEdge.Gateway.Storage;

/// <summary>A push sent to a shopper's app and what became of it (LiteDB collection <c>pushes</c>).</summary>
public sealed class PushRecord
{
    /// <summary>The push message id.</summary>
    public string Id { get; set; } = "";

    public string Shopper { get; set; } = "";

    public string Install { get; set; } = "";

    public string Store { get; set; } = "";

    public string Campaign { get; set; } = "";

    /// <summary>Event time of the trigger.</summary>
    public DateTime TriggeredAt { get; set; }

    public string Reason { get; set; } = "";

    public DateTime? DeliveredAt { get; set; }

    public DateTime? OpenedAt { get; set; }

    public DateTime? RedeemedAt { get; set; }
}

namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// A webhook delivery not yet acknowledged by the endpoint (collection <c>webhookoutbox</c>), or one given up on
/// (collection <c>webhookdeadletters</c>, with <see cref="DeadReason"/>). Written before the first attempt, so a
/// restart resumes it; removed when the endpoint answers 2xx.
/// </summary>
public sealed class WebhookDeliveryRecord
{
    /// <summary>The delivery id, sent as <c>X-ScenarioEdge-Delivery</c>: a receiver de-duplicates by it.</summary>
    public string Id { get; set; } = "";

    /// <summary>The pseudonymous shopper the delivery is about, if any: erased and exported with the shopper.</summary>
    public string? Shopper { get; set; }

    /// <summary>The JSON body, sent byte for byte on every attempt (the signature covers it).</summary>
    public string Body { get; set; } = "";

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>What the last attempt got: a status code, a timeout, a connection error.</summary>
    public string? LastError { get; set; }

    /// <summary>Why it was given up on (dead letters only): attempts, expired, refused.</summary>
    public string? DeadReason { get; set; }

    public DateTimeOffset? DeadAt { get; set; }
}

namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// A webhook delivery the provider accepted: its id only (no body), kept so that the same id handed over again — a
/// retried decision, a deferral released twice — is not sent again; expires with the retention period.
/// </summary>
public sealed class WebhookSentRecord
{
    public string Id { get; set; } = "";

    public string? Shopper { get; set; }

    public DateTimeOffset SentAt { get; set; }
}

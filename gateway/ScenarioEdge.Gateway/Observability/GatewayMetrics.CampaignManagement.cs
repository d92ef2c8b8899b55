namespace ScenarioEdge.Gateway.Observability;

/// <summary>Campaign management: documents refused, campaigns running, alerts, webhook deliveries.</summary>
public sealed partial class GatewayMetrics
{
    /// <summary>Reasons a campaign document is refused (the campaign folder's names, repeated here so neither folder depends on the other).</summary>
    private static readonly string[] CampaignRefusalReasons = ["syntax", "too_large", "unknown_reference", "invalid", "conflict"];

    private static readonly string[] AlertRefusalReasons = ["invalid", "rate_limited"];

    private static readonly string[] WebhookResults = ["delivered", "http_error", "timeout", "connection_error"];

    private static readonly string[] WebhookDeadReasons = ["attempts", "refused", "queue_full"];

    private readonly PlainCounter _alertsPosted;
    private Func<long>? _activeCampaigns;
    private Func<long>? _webhookPending;

    /// <summary>Campaign documents refused whole, by reason.</summary>
    public LabelledCounter CampaignDocumentsRefused { get; }

    /// <summary>Webhook delivery attempts, by result.</summary>
    public LabelledCounter WebhookAttempts { get; }

    /// <summary>Webhook deliveries given up on and dead-lettered, by reason.</summary>
    public LabelledCounter WebhookDeadLetters { get; }

    /// <summary>Alerts refused, by reason.</summary>
    public LabelledCounter AlertsRefused { get; }

    public long AlertsPosted => _alertsPosted.Value;

    public void CountCampaignRefused(string reason) => CampaignDocumentsRefused.Add(ManagementIndex(CampaignRefusalReasons, reason, 3));

    public void CountAlertPosted() => _alertsPosted.Add();

    public void CountAlertRefused(string reason) => AlertsRefused.Add(ManagementIndex(AlertRefusalReasons, reason, 0));

    public void CountWebhookAttempt(string result) => WebhookAttempts.Add(ManagementIndex(WebhookResults, result, 3));

    public void CountWebhookDead(string reason) => WebhookDeadLetters.Add(ManagementIndex(WebhookDeadReasons, reason, 0));

    /// <summary>Where the gauge of running campaigns reads from (the active set).</summary>
    public void ObserveActiveCampaigns(Func<long> read) => _activeCampaigns = read;

    /// <summary>Where the gauge of webhook deliveries waiting reads from (the outbox).</summary>
    public void ObserveWebhookPending(Func<long> read) => _webhookPending = read;

    private (LabelledCounter, PlainCounter, LabelledCounter, LabelledCounter, LabelledCounter) CampaignManagementMetrics(GatewayInstruments i)
    {
        ManagementGauge(i, "se_campaigns_active", "Campaigns running (active and compiled) right now.", () => _activeCampaigns?.Invoke() ?? 0);
        ManagementGauge(i, "se_webhook_pending", "Webhook deliveries waiting for their endpoint (kept in LiteDB).", () => _webhookPending?.Invoke() ?? 0);
        return (
            new(i, "se_campaign_documents_refused_total", "Campaign documents refused whole (API or folder), by reason.", "reason", CampaignRefusalReasons),
            new(i, "se_alerts_posted_total", "External alerts posted and kept."),
            new(i, "se_alerts_refused_total", "External alerts refused, by reason.", "reason", AlertRefusalReasons),
            new(i, "se_webhook_attempts_total", "Webhook delivery attempts to the push provider, by result.", "result", WebhookResults),
            new(i, "se_webhook_dead_letters_total", "Webhook deliveries given up on and dead-lettered, by reason.", "reason", WebhookDeadReasons));
    }

    private static void ManagementGauge(GatewayInstruments i, string name, string help, Func<long> read)
    {
        var gauge = i.Prometheus.CreateGauge(name, help);
        i.Registry.AddBeforeCollectCallback(() => gauge.Set(read()));
        i.Meter.CreateObservableGauge(name, read, description: help);
    }

    private static int ManagementIndex(string[] values, string value, int otherwise)
    {
        var index = Array.IndexOf(values, value);
        return index < 0 ? otherwise : index;
    }
}

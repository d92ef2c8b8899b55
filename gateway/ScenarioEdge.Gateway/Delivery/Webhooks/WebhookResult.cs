namespace ScenarioEdge.Gateway.Delivery.Webhooks;

/// <summary>What one attempt got; the names are the <c>result</c> label of <c>se_webhook_attempts_total</c>.</summary>
internal enum WebhookResult
{
    Delivered,

    /// <summary>408, 429 or 5xx: tried again later.</summary>
    HttpError,

    /// <summary>Any other status (4xx, 3xx): the endpoint refuses it; trying again would not help.</summary>
    Refused,

    Timeout,

    ConnectionError,
}

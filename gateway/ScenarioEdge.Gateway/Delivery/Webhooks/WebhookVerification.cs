namespace ScenarioEdge.Gateway.Delivery.Webhooks;

/// <summary>What a receiver learns from checking a delivery's signature.</summary>
public enum WebhookVerification
{
    /// <summary>Signed with the shared secret over this timestamp and body, within the tolerance.</summary>
    Valid,

    /// <summary>No signature header, or not of the form <c>t=…,v1=…</c>.</summary>
    Malformed,

    /// <summary>The signature does not match: another secret, or the body or timestamp was changed.</summary>
    BadSignature,

    /// <summary>Signed correctly but too long ago or too far ahead: a replay, or a clock far off.</summary>
    OutsideTolerance,
}

namespace ScenarioEdge.Gateway.Ingest;

/// <summary>Why an inbound message was refused. Each value labels a counter in /metrics (<c>reason</c> label).</summary>
public enum RejectReason
{
    /// <summary>The topic is not one of the protocol's uplink topics.</summary>
    UnknownTopic,
    /// <summary>The topic names a device or store the gateway does not know.</summary>
    UnknownDevice,
    /// <summary>A client published to a topic only the gateway may publish to (push, config, display, scene).</summary>
    GatewayOnlyTopic,
    /// <summary>The payload is not JSON of the expected shape.</summary>
    MalformedJson,
    /// <summary>A field's value is out of range or missing.</summary>
    InvalidField,
    /// <summary>A newer schema version than this gateway reads.</summary>
    UnsupportedVersion,
    /// <summary>Payload larger than the limit.</summary>
    Oversize,
    /// <summary>Empty payload.</summary>
    Empty,
    /// <summary>The gateway is shutting down and takes no new work.</summary>
    ShuttingDown,
    /// <summary>The client published outside its own topics (another device's, another app's).</summary>
    NotAuthorized,
    /// <summary>The client published faster than its rate limit allows.</summary>
    RateLimited,
    /// <summary>A retained publish where the protocol has none (everywhere but a device's status).</summary>
    RetainNotAllowed,
    /// <summary>An event time further ahead of the gateway's clock than <c>Gateway:MaxClockSkewAhead</c>.</summary>
    FutureTime,
}

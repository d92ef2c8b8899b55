namespace ScenarioEdge.Gateway.Broker;

/// <summary>
/// Why the embedded broker turned a connection away other than for a failed login or the connection limits (which have
/// counters of their own). Each value labels <c>se_mqtt_connect_refused_total</c>.
/// </summary>
public enum ConnectRefusal
{
    /// <summary>The client id belongs to a session of another principal.</summary>
    ClientIdInUse,
    /// <summary>The client id's session was being deleted.</summary>
    SessionBeingDeleted,
    /// <summary>The principal holds the most persistent sessions allowed.</summary>
    SessionLimit,
    /// <summary>Too many failed logins from the address this minute.</summary>
    LoginThrottled,
    /// <summary>MQTT 3.1.1 without a client id and without a clean session.</summary>
    NoClientId,
    /// <summary>No CONNECT arrived within Security:ConnectTimeout.</summary>
    ConnectTimeout,
}

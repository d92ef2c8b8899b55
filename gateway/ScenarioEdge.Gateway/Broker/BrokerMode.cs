namespace ScenarioEdge.Gateway.Broker;

/// <summary>Which MQTT broker the gateway stands on.</summary>
public enum BrokerMode
{
    /// <summary>The MQTTnet server inside the gateway process; ingest intercepts publishes inside the server.</summary>
    Embedded,
    /// <summary>An external broker (mosquitto, EMQX, …) the gateway connects to as a client.</summary>
    External,
}

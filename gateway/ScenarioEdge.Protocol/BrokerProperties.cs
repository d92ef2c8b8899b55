namespace ScenarioEdge.Protocol;

/// <summary>MQTT 5 user properties the gateway's embedded broker sets, for clients to read the broker's answers right.</summary>
public static class BrokerProperties
{
    /// <summary>
    /// CONNACK user property the embedded broker sets to <see cref="IngestedBeforePuback"/>: the broker is the gateway,
    /// which ingests every message before its PUBACK, so a PUBACK "no matching subscribers" (0x10) still means the
    /// gateway took the message. Without it (an external broker) that reason code means nobody, not even the gateway,
    /// subscribed, and the message went nowhere.
    /// </summary>
    public const string Ingest = "se-ingest";

    /// <summary>The value of <see cref="Ingest"/>.</summary>
    public const string IngestedBeforePuback = "before-puback";
}

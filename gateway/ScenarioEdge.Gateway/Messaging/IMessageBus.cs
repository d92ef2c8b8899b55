namespace ScenarioEdge.Gateway.Messaging;

/// <summary>
/// The gateway's one seam to MQTT: the embedded broker or a client of an external broker. Inbound messages are not
/// part of this seam; both implementations hand them to the ingest pipeline.
/// </summary>
public interface IMessageBus
{
    /// <summary>Publishes at QoS 1; completes when the broker has taken the message.</summary>
    Task PublishAsync(string topic, byte[] payload, bool retain, CancellationToken cancellationToken);

    /// <summary>True while messages can flow (broker started, or client connected).</summary>
    bool IsReady { get; }

    /// <summary>Why messages may have been lost lately although the bus works again; null when nothing was.</summary>
    string? Degradation => null;

    /// <summary>One line for health output, e.g. "embedded broker on 0.0.0.0:1883, 3 clients".</summary>
    string Describe();
}

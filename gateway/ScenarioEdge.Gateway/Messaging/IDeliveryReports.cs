using System.Buffers;

namespace ScenarioEdge.Gateway.Messaging;

/// <summary>
/// What the broker can tell about messages it delivers to subscribers: only the embedded broker sees the
/// subscribers' acknowledgements. Handlers run on the broker's connection loops, so they must be quick.
/// </summary>
public interface IDeliveryReports
{
    /// <summary>True when the broker reports acknowledgements and subscriptions (embedded); false for an external broker.</summary>
    bool Reports { get; }

    /// <summary>A subscriber acknowledged a QoS 1 message (PUBACK): the subscriber's MQTT user name, the topic and the payload.</summary>
    event Action<string, string, ReadOnlySequence<byte>>? Acknowledged;

    /// <summary>A client subscribed: its client id and the topic filter.</summary>
    event Action<string, string>? Subscribed;
}

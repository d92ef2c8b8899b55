using MQTTnet;
using MQTTnet.Protocol;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>How the gateway publishes, whichever broker it stands on: QoS 1, JSON content type.</summary>
internal static class OutgoingMessage
{
    public static MqttApplicationMessage Create(string topic, byte[] payload, bool retain) => new MqttApplicationMessageBuilder()
        .WithTopic(topic)
        .WithPayload(payload)
        .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
        .WithRetainFlag(retain)
        .WithContentType("application/json")
        .Build();
}

using System.Buffers;
using MQTTnet.Server;
using ScenarioEdge.Gateway.Messaging;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>The embedded MQTTnet server's delivery events as <see cref="IDeliveryReports"/>.</summary>
public sealed class EmbeddedDeliveryReports : IDeliveryReports
{
    public EmbeddedDeliveryReports(MqttServer server)
    {
        server.ClientAcknowledgedPublishPacketAsync += e =>
        {
            Acknowledged?.Invoke(e.UserName, e.PublishPacket.Topic, e.PublishPacket.Payload);
            return Task.CompletedTask;
        };
        server.ClientSubscribedTopicAsync += e =>
        {
            Subscribed?.Invoke(e.ClientId, e.TopicFilter.Topic);
            return Task.CompletedTask;
        };
    }

    public bool Reports => true;

    public event Action<string, string, ReadOnlySequence<byte>>? Acknowledged;

    public event Action<string, string>? Subscribed;
}

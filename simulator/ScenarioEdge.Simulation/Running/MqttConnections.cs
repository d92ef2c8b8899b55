using System.Buffers;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace ScenarioEdge.Simulation.Running;

/// <summary>Opens MQTT 5 clients the way real devices and apps do: persistent sessions, QoS 1, large socket buffers.</summary>
internal static class MqttConnections
{
    /// <summary>
    /// Connects as <paramref name="login"/> (a device or install id, whose credentials <see cref="RunnerOptions.Credentials"/>
    /// gives) under <paramref name="clientId"/>. Device ids repeat across stores, so devices use <see cref="DeviceClientId"/>.
    /// </summary>
    public static async Task<IMqttClient> ConnectAsync(
        RunnerOptions options, string login, string clientId, MqttApplicationMessage? will, CancellationToken cancellationToken)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer(options.Host, options.Port)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithClientId(clientId)
            .WithCleanStart(false)
            .WithSessionExpiryInterval(600)
            .WithTimeout(TimeSpan.FromSeconds(10));
        if (options.Credentials?.Invoke(login) is { } credentials)
        {
            builder.WithCredentials(credentials.User, credentials.Password);
        }

        if (will is not null)
        {
            builder.WithWillTopic(will.Topic).WithWillPayload(will.Payload.ToArray()).WithWillRetain().WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce);
        }

        var clientOptions = builder.Build();

        // Default 8 KiB socket buffers collapse under QoS 1 load against mosquitto (see ARCHITECTURE.md).
        ((MqttClientTcpOptions)clientOptions.ChannelOptions).BufferSize = 1 << 20;
        try
        {
            var result = await client.ConnectAsync(clientOptions, cancellationToken);
            if (result.ResultCode != MqttClientConnectResultCode.Success)
            {
                throw new InvalidOperationException($"broker refused {clientId}: {result.ResultCode} {result.ReasonString}");
            }
        }
        catch
        {
            client.Dispose();
            throw;
        }

        return client;
    }

    /// <summary>The client id of a device: qualified by its store, as the edge agent's, so that stores never share one.</summary>
    public static string DeviceClientId(string store, string device) => $"{store}.{device}";

    public static async Task PublishAsync(IMqttClient client, string topic, byte[] payload, bool retain, CancellationToken cancellationToken)
    {
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag(retain)
            .Build();
        var result = await client.PublishAsync(message, cancellationToken);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"broker refused the publish to {topic}: {result.ReasonCode} {result.ReasonString}");
        }
    }
}

using System.Text;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace ScenarioEdge.Gateway.Tests.Infrastructure;

/// <summary>A plain MQTT 5 client for tests: publish raw payloads and see the broker's PUBACK reason.</summary>
internal sealed class TestMqtt : IAsyncDisposable
{
    private TestMqtt(IMqttClient client) => Client = client;

    public IMqttClient Client { get; }

    /// <summary>Connects; throws naming the broker's answer when it refuses.</summary>
    public static Task<TestMqtt> ConnectAsync(int port, string clientId, string? user = null, string? password = null) =>
        ConnectAsync(Options(port, clientId, user, password));

    /// <summary>Connects and returns the broker's CONNACK, with the client only when it was accepted.</summary>
    public static Task<(TestMqtt? Client, MqttClientConnectResult Result)> TryConnectAsync(int port, string clientId, string? user = null, string? password = null) =>
        TryConnectAsync(Options(port, clientId, user, password));

    /// <summary>Connects with options built elsewhere (TLS and WebSocket clients, see <see cref="TlsClients"/>).</summary>
    public static async Task<TestMqtt> ConnectAsync(MqttClientOptions options)
    {
        var (client, result) = await TryConnectAsync(options);
        return client ?? throw new InvalidOperationException($"the broker refused {options.ClientId}: {result.ResultCode} {result.ReasonString}");
    }

    public static async Task<(TestMqtt? Client, MqttClientConnectResult Result)> TryConnectAsync(MqttClientOptions options)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        try
        {
            var result = await client.ConnectAsync(options);
            if (result.ResultCode == MqttClientConnectResultCode.Success)
            {
                return (new TestMqtt(client), result);
            }

            client.Dispose();
            return (null, result);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static MqttClientOptions Options(int port, string clientId, string? user, string? password)
    {
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", port)
            .WithClientId(clientId)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithTimeout(TimeSpan.FromSeconds(10));
        if (user is not null)
        {
            builder.WithCredentials(user, password);
        }

        return builder.Build();
    }

    public Task<MqttClientPublishResult> PublishAsync(string topic, string payload, bool retain = false) =>
        PublishAsync(topic, Encoding.UTF8.GetBytes(payload), retain);

    public Task<MqttClientPublishResult> PublishAsync(string topic, byte[] payload, bool retain = false) =>
        Client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag(retain)
            .Build());

    public async ValueTask DisposeAsync()
    {
        if (Client.IsConnected)
        {
            await Client.DisconnectAsync();
        }

        Client.Dispose();
    }
}

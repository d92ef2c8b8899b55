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

    public static async Task<TestMqtt> ConnectAsync(int port, string clientId, string? user = null, string? password = null)
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

        return await ConnectAsync(builder.Build());
    }

    /// <summary>Connects with options built elsewhere (TLS and WebSocket clients, see <see cref="TlsClients"/>).</summary>
    public static async Task<TestMqtt> ConnectAsync(MqttClientOptions options)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        try
        {
            await client.ConnectAsync(options);
        }
        catch
        {
            client.Dispose();
            throw;
        }

        return new TestMqtt(client);
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

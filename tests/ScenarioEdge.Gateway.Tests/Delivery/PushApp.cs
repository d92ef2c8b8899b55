using System.Collections.Concurrent;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Tests.Delivery;

/// <summary>
/// A shopper's app as the pushes see it: an MQTT 5 client with a persistent session (clean start false) that
/// collects the pushes it receives and acknowledges each (PUBACK) as MQTTnet does by default.
/// </summary>
internal sealed class PushApp : IAsyncDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly MqttClientOptions _options;

    public PushApp(int port, string install, string user, string password)
    {
        Install = install;
        _options = new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", port)
            .WithClientId(install)
            .WithCredentials(user, password)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithCleanStart(false)
            .WithSessionExpiryInterval(3600)
            .WithTimeout(TimeSpan.FromSeconds(10))
            .Build();
        _client.ApplicationMessageReceivedAsync += e =>
        {
            var push = ProtocolCodec.Decode<AppPush>(e.ApplicationMessage.Payload);
            if (push.Ok)
            {
                Received.Enqueue(push.Value!.Id);
                Messages.Enqueue(push.Value);
            }

            return Task.CompletedTask;
        };
    }

    public string Install { get; }

    /// <summary>Ids of the pushes received, repeats included.</summary>
    public ConcurrentQueue<string> Received { get; } = new();

    /// <summary>The pushes received as the app decodes (and validates) them, repeats included.</summary>
    public ConcurrentQueue<AppPush> Messages { get; } = new();

    /// <summary>Connects; subscribes to the push topic unless the broker still holds the session with its subscription.</summary>
    public async Task<bool> ConnectAsync(bool subscribe = true)
    {
        var result = await _client.ConnectAsync(_options);
        if (subscribe)
        {
            await _client.SubscribeAsync(Topics.AppPush(Install), MqttQualityOfServiceLevel.AtLeastOnce);
        }

        return result.IsSessionPresent;
    }

    /// <summary>The app is paused: the connection goes, the session stays.</summary>
    public Task PauseAsync() => _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().WithSessionExpiryInterval(3600).Build());

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync();
        }

        _client.Dispose();
    }
}

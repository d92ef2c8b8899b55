using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using ScenarioEdge.Gateway.Broker;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Security;

/// <summary>MQTTnet clients with the session settings the broker tests vary: persistence, protocol version, empty ids.</summary>
internal static class BrokerClients
{
    public static MqttClientOptions Options(
        GatewayFixture gateway, string clientId, (string User, string Password) login, bool persistent = true, MqttProtocolVersion version = MqttProtocolVersion.V500)
    {
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", gateway.MqttPort)
            .WithClientId(clientId)
            .WithProtocolVersion(version)
            .WithCredentials(login.User, login.Password)
            .WithTimeout(TimeSpan.FromSeconds(10));
        if (version == MqttProtocolVersion.V500)
        {
            builder.WithCleanStart(!persistent).WithSessionExpiryInterval(persistent ? 600u : 0u);
        }
        else
        {
            builder.WithCleanSession(!persistent);
        }

        return builder.Build();
    }

    public static (string User, string Password) Login(GatewayFixture gateway, string id) =>
        gateway.Credentials.For(id) ?? throw new InvalidOperationException($"{id} was not provisioned");

    /// <summary>Subscribes to <paramref name="filter"/> at QoS 1 and collects what arrives.</summary>
    public static async Task<List<string>> CollectAsync(TestMqtt client, string filter)
    {
        var received = new List<string>();
        client.Client.ApplicationMessageReceivedAsync += e =>
        {
            lock (received)
            {
                received.Add(e.ApplicationMessage.Topic + " " + Encoding.UTF8.GetString(e.ApplicationMessage.Payload));
            }

            return Task.CompletedTask;
        };
        await client.Client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(f => f.WithTopic(filter).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)).Build());
        return received;
    }

    /// <summary>Waits until the broker has seen every connection end (a client's DISCONNECT returns before that).</summary>
    public static Task AllOfflineAsync(GatewayFixture gateway) =>
        Eventually.TrueAsync(() => gateway.App.Services.GetRequiredService<SessionRegistry>().Connections == 0, "the broker to see the disconnects");

    /// <summary>Waits until the broker dropped the connection of <paramref name="client"/>.</summary>
    public static TaskCompletionSource Dropped(TestMqtt client)
    {
        var dropped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.Client.DisconnectedAsync += _ =>
        {
            dropped.TrySetResult();
            return Task.CompletedTask;
        };
        return dropped;
    }
}

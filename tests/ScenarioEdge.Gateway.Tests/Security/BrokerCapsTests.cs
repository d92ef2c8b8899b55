using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MQTTnet;
using MQTTnet.Server;
using ScenarioEdge.Gateway.Broker;
using ScenarioEdge.Gateway.Messaging;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Security;

/// <summary>Item 5 of issue 15: what a client chooses is capped.</summary>
public sealed class BrokerCapsTests
{
    [Fact]
    public async Task SocketWithoutConnect_ClosedWithinTheTimeout()
    {
        await using var gateway = await GatewayFixture.StartAsync(settings: new Dictionary<string, string?> { ["Security:ConnectTimeout"] = "00:00:00.500" });
        using var idle = new TcpClient();
        await idle.ConnectAsync("127.0.0.1", gateway.MqttPort);
        using var partial = new TcpClient();
        await partial.ConnectAsync("127.0.0.1", gateway.MqttPort);
        // The first bytes of a CONNECT, then nothing: a slow-loris.
        await partial.GetStream().WriteAsync(new byte[] { 0x10, 0x20, 0x00 });

        Assert.Equal(0, await ReadUntilClosedAsync(idle).WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(0, await ReadUntilClosedAsync(partial).WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(2, gateway.Metrics.ConnectRefused["connect_timeout"]);
    }

    [Fact]
    public async Task FailedLogins_BeyondThePerAddressLimit_RefusedEvenWithTheRightSecret()
    {
        await using var gateway = await GatewayFixture.StartAsync(
            [GatewayFixture.ScenarioPath("welcome.yaml")], new Dictionary<string, string?> { ["Security:FailedLoginsPerMinute"] = "3" });
        for (var i = 0; i < 3; i++)
        {
            var (_, bad) = await TestMqtt.TryConnectAsync(gateway.MqttPort, $"guess-{i}", "store-w/door-1", "guess");
            Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, bad.ResultCode);
        }

        var login = BrokerClients.Login(gateway, "door-1");
        var (client, refusal) = await TestMqtt.TryConnectAsync(gateway.MqttPort, "store-w.door-1", login.User, login.Password);

        Assert.Null(client);
        Assert.Equal(MqttClientConnectResultCode.ConnectionRateExceeded, refusal.ResultCode);
        Assert.Contains("too many failed logins", refusal.ReasonString, StringComparison.Ordinal);
        Assert.Equal(1, gateway.Metrics.ConnectRefused["login_throttled"]);
        Assert.Equal(3, gateway.Metrics.AuthFailed);
    }

    [Fact]
    public async Task OfflineSession_DeletedAtTheCappedExpiry()
    {
        await using var gateway = await GatewayFixture.StartAsync(
            [GatewayFixture.ScenarioPath("welcome.yaml")], new Dictionary<string, string?> { ["Security:MaxSessionExpiry"] = "00:00:01" });
        var server = gateway.App.Services.GetRequiredService<MqttServer>();
        // Asks for 600 s; gets the cap.
        await using (var app = await TestMqtt.ConnectAsync(BrokerClients.Options(gateway, gateway.Install("alice"), BrokerClients.Login(gateway, gateway.Install("alice")))))
        {
            await BrokerClients.CollectAsync(app, $"se/v1/apps/{gateway.Install("alice")}/push");
        }

        Assert.Contains(await server.GetSessionsAsync(), s => s.Id == gateway.Install("alice"));

        await Eventually.TrueAsync(() => gateway.Metrics.SessionsExpired == 1, "the session to expire", TimeSpan.FromSeconds(15));
        Assert.DoesNotContain(await server.GetSessionsAsync(), s => s.Id == gateway.Install("alice"));
        await using var again = await TestMqtt.ConnectAsync(BrokerClients.Options(gateway, gateway.Install("alice"), BrokerClients.Login(gateway, gateway.Install("alice"))));
        Assert.False(again.Client.IsConnected && (await server.GetSessionAsync(gateway.Install("alice"))).PendingApplicationMessagesCount > 0);
    }

    [Fact]
    public async Task PersistentSessions_BeyondThePerPrincipalLimit_Refused()
    {
        await using var gateway = await GatewayFixture.StartAsync(
            [GatewayFixture.ScenarioPath("welcome.yaml")], new Dictionary<string, string?> { ["Security:MaxPersistentSessionsPerClient"] = "1" });
        var login = BrokerClients.Login(gateway, gateway.Install("alice"));
        await using (await TestMqtt.ConnectAsync(BrokerClients.Options(gateway, gateway.Install("alice"), login)))
        {
        }

        var (second, refusal) = await TestMqtt.TryConnectAsync(BrokerClients.Options(gateway, $"{gateway.Install("alice")}-2", login));
        await using var clean = await TestMqtt.ConnectAsync(BrokerClients.Options(gateway, $"{gateway.Install("alice")}-3", login, persistent: false));

        Assert.Null(second);
        Assert.Equal(MqttClientConnectResultCode.QuotaExceeded, refusal.ResultCode);
        Assert.Contains("persistent sessions", refusal.ReasonString, StringComparison.Ordinal);
        Assert.Equal(1, gateway.Metrics.ConnectRefused["session_limit"]);
        Assert.True(clean.Client.IsConnected);
    }

    [Fact]
    public async Task OfflineSession_QueueCapped_ExcessDroppedAndCounted()
    {
        await using var gateway = await GatewayFixture.StartAsync(
            [GatewayFixture.ScenarioPath("welcome.yaml")], new Dictionary<string, string?> { ["Security:MaxQueuedMessagesPerOfflineSession"] = "3" });
        var login = BrokerClients.Login(gateway, gateway.Install("alice"));
        await using (var app = await TestMqtt.ConnectAsync(BrokerClients.Options(gateway, gateway.Install("alice"), login)))
        {
            await BrokerClients.CollectAsync(app, $"se/v1/apps/{gateway.Install("alice")}/push");
        }

        await BrokerClients.AllOfflineAsync(gateway);
        var bus = gateway.App.Services.GetRequiredService<IMessageBus>();
        for (var i = 0; i < 10; i++)
        {
            await bus.PublishAsync($"se/v1/apps/{gateway.Install("alice")}/push", Encoding.UTF8.GetBytes($"{{\"n\":{i}}}"), retain: false, CancellationToken.None);
        }

        var session = await gateway.App.Services.GetRequiredService<MqttServer>().GetSessionAsync(gateway.Install("alice"));
        Assert.Equal(3, session.PendingApplicationMessagesCount);
        Assert.Equal(7, gateway.Metrics.OfflineDropped);
    }

    private static async Task<int> ReadUntilClosedAsync(TcpClient client)
    {
        var buffer = new byte[16];
        try
        {
            return await client.GetStream().ReadAsync(buffer);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}

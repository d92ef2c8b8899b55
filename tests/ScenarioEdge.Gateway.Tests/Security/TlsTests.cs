using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using System.Security.Authentication;
using MQTTnet;
using MQTTnet.Exceptions;
using MQTTnet.Protocol;
using ScenarioEdge.Gateway.Broker;
using ScenarioEdge.Gateway.Messaging;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Security;

public sealed class TlsTests : IDisposable
{
    private const string StatusTopic = "se/v1/stores/store-w/devices/door-1/status";
    private const string Status = """{"v":1,"id":"st-1","ts":"2026-11-24T08:00:00Z","state":"online"}""";

    private readonly TestCertificates _certificates = TestCertificates.Create();

    [Fact]
    public async Task MqttOverTls_ClientTrustingTheCa_StatusMessageAccepted()
    {
        await using var gateway = await StartAsync();
        await using var device = await TlsClients.ConnectAsync(gateway.MqttTlsPort, _certificates.Ca, "door-1", User(gateway, "door-1"), Password(gateway, "door-1"));

        var result = await device.PublishAsync(StatusTopic, Status);

        Assert.True(result.IsSuccess, result.ReasonString);
        Assert.Equal(1, gateway.Metrics.MessagesIn["status"]);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task MqttOverTls_PfxCertificate_StatusMessageAccepted()
    {
        await using var gateway = await StartAsync(new Dictionary<string, string?>
        {
            ["Gateway:Tls:CertificatePath"] = _certificates.PfxPath,
            ["Gateway:Tls:KeyPath"] = null,
            ["Gateway:Tls:Password"] = TestCertificates.PfxPassword,
        });
        await using var device = await TlsClients.ConnectAsync(gateway.MqttTlsPort, _certificates.Ca, "door-1", User(gateway, "door-1"), Password(gateway, "door-1"));

        var result = await device.PublishAsync(StatusTopic, Status);

        Assert.True(result.IsSuccess, result.ReasonString);
        Assert.Equal(1, gateway.Metrics.MessagesIn["status"]);
    }

    [Fact]
    public async Task TlsPort_PlainMqttClient_IsRefusedAndNothingIngested()
    {
        await using var gateway = await StartAsync();

        await Assert.ThrowsAnyAsync<MqttCommunicationException>(() => TestMqtt.ConnectAsync(gateway.MqttTlsPort, "door-1"));

        Assert.Equal(0, gateway.Metrics.MessagesIn["status"]);
        Assert.DoesNotContain(gateway.Logs.Entries, e => e.Message.Contains("MQTT client door-1 connected", StringComparison.Ordinal));
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task TlsPort_ClientNotTrustingTheCa_RefusesTheServer()
    {
        await using var gateway = await StartAsync();

        var ex = await Assert.ThrowsAnyAsync<MqttCommunicationException>(() => TlsClients.ConnectWithoutCaAsync(gateway.MqttTlsPort, "door-1"));

        Assert.IsType<AuthenticationException>(ex.InnerException);

        Assert.Equal(0, gateway.Metrics.MessagesIn["status"]);
    }

    [Fact]
    public async Task MosquittoPub_WithCaFile_PublishesOverTls()
    {
        await using var gateway = await StartAsync();

        var (exitCode, output) = await CommandLine.RunAsync("mosquitto_pub", "--cafile", _certificates.CaPath, "-h", "127.0.0.1", "-p", Port(gateway.MqttTlsPort),
            "-V", "mqttv5", "-q", "1", "-i", "door-1", "-u", User(gateway, "door-1"), "-P", Password(gateway, "door-1"), "-t", StatusTopic, "-m", Status);

        Assert.True(exitCode == 0, output);
        Assert.Equal(1, gateway.Metrics.MessagesIn["status"]);
    }

    [Fact]
    public async Task WebSocketOverHttps_AppSubscribes_ReceivesItsPush()
    {
        await using var gateway = await StartAsync();
        var install = gateway.Install("alice");
        var pushTopic = $"se/v1/apps/{install}/push";
        await using var app = await TlsClients.ConnectWebSocketAsync(new Uri($"wss://127.0.0.1:{gateway.HttpsPort}/mqtt"), _certificates.Ca, install, User(gateway, install), Password(gateway, install));
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Client.ApplicationMessageReceivedAsync += e =>
        {
            received.TrySetResult(e.ApplicationMessage.Topic);
            return Task.CompletedTask;
        };

        var subscribed = await app.Client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter(pushTopic, MqttQualityOfServiceLevel.AtLeastOnce).Build());
        await gateway.App.Services.GetRequiredService<IMessageBus>().PublishAsync(pushTopic, Encoding.UTF8.GetBytes("{}"), retain: false, CancellationToken.None);

        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, Assert.Single(subscribed.Items).ResultCode);
        Assert.Equal(pushTopic, await received.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task WebSocket_OverPlainHttpOrThroughNegotiate_IsNotServed()
    {
        await using var gateway = await StartAsync();
        using var https = TlsClients.Https(gateway.HttpsPort, _certificates.Ca);

        await Assert.ThrowsAnyAsync<MqttCommunicationException>(() => TlsClients.ConnectWebSocketAsync(new Uri($"ws://127.0.0.1:{gateway.HttpPort}/mqtt"), null, gateway.Install("alice")));

        Assert.Equal(HttpStatusCode.NotFound, (await gateway.Http.GetAsync("/mqtt")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await https.PostAsync("/mqtt/negotiate", null)).StatusCode);
    }

    [Fact]
    public async Task Https_HealthLive_AnswersWithTheConfiguredCertificate()
    {
        await using var gateway = await StartAsync();
        using var https = TlsClients.Https(gateway.HttpsPort, _certificates.Ca);

        var response = await https.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PlainListenersOff_PlainPortsDoNotListen_TlsOnesDo()
    {
        await using var gateway = await StartAsync(new Dictionary<string, string?>
        {
            ["Gateway:Broker:PlainEnabled"] = "false",
            ["Gateway:HttpPlainEnabled"] = "false",
        });
        using var https = TlsClients.Https(gateway.HttpsPort, _certificates.Ca);

        Assert.Equal(new[] { gateway.HttpsPort, gateway.MqttTlsPort }.Order(), ListeningPorts(gateway));
        await Assert.ThrowsAnyAsync<MqttCommunicationException>(() => TestMqtt.ConnectAsync(gateway.MqttPort, "door-1"));
        await Assert.ThrowsAsync<HttpRequestException>(() => gateway.Http.GetAsync("/health/live"));
        Assert.Equal(HttpStatusCode.OK, (await https.GetAsync("/health/live")).StatusCode);
        await using var device = await TlsClients.ConnectAsync(gateway.MqttTlsPort, _certificates.Ca, "door-1", User(gateway, "door-1"), Password(gateway, "door-1"));
        Assert.True((await device.PublishAsync(StatusTopic, Status)).IsSuccess);
    }

    [Fact]
    public async Task NoCertificate_NoTlsListeners()
    {
        await using var gateway = await GatewayFixture.StartAsync();

        Assert.Equal(new[] { gateway.HttpPort, gateway.MqttPort }.Order(), ListeningPorts(gateway));
        Assert.Equal(HttpStatusCode.OK, (await gateway.Http.GetAsync("/health/live")).StatusCode);
    }

    [Theory]
    [InlineData("missing-cert", "Gateway:Tls:CertificatePath: file '", "does not exist")]
    [InlineData("missing-key", "Gateway:Tls:KeyPath: file '", "does not exist")]
    [InlineData("not-a-certificate", "Gateway:Tls:CertificatePath: '", "holds no PEM certificate")]
    [InlineData("wrong-key", "Gateway:Tls:KeyPath: no usable private key", "give the matching PEM key")]
    [InlineData("wrong-pfx-password", "Gateway:Tls:CertificatePath: '", "Gateway:Tls:Password")]
    [InlineData("plain-off-without-tls", "Gateway:Broker:PlainEnabled is false but no MQTT TLS listener", "Gateway:Tls:CertificatePath")]
    [InlineData("http-off-without-tls", "Gateway:HttpPlainEnabled is false but no HTTPS listener", "Gateway:HttpsPort")]
    [InlineData("same-port", "Gateway:HttpsPort and Gateway:Broker:TlsPort are all", "its own port")]
    public void Create_BadTlsSetting_FailsNamingTheKey(string problem, string expected, string advice)
    {
        var missing = Path.Combine(_certificates.Directory, "nowhere", "server.pem");
        var garbage = Path.Combine(_certificates.Directory, "garbage.pem");
        File.WriteAllText(garbage, "not a certificate");
        using var otherKey = System.Security.Cryptography.ECDsa.Create();
        var wrongKey = Path.Combine(_certificates.Directory, "other.key");
        File.WriteAllText(wrongKey, otherKey.ExportPkcs8PrivateKeyPem());
        string[] args = problem switch
        {
            "missing-cert" => [$"--Gateway:Tls:CertificatePath={missing}"],
            "missing-key" => [$"--Gateway:Tls:CertificatePath={_certificates.CertificatePath}", $"--Gateway:Tls:KeyPath={missing}"],
            "not-a-certificate" => [$"--Gateway:Tls:CertificatePath={garbage}", $"--Gateway:Tls:KeyPath={_certificates.KeyPath}"],
            "wrong-key" => [$"--Gateway:Tls:CertificatePath={_certificates.CertificatePath}", $"--Gateway:Tls:KeyPath={wrongKey}"],
            "wrong-pfx-password" => [$"--Gateway:Tls:CertificatePath={_certificates.PfxPath}", "--Gateway:Tls:Password=wrong"],
            "plain-off-without-tls" => ["--Gateway:Broker:PlainEnabled=false"],
            "http-off-without-tls" => ["--Gateway:HttpPlainEnabled=false"],
            "same-port" => [$"--Gateway:Tls:CertificatePath={_certificates.CertificatePath}", $"--Gateway:Tls:KeyPath={_certificates.KeyPath}",
                "--Gateway:HttpsPort=9443", "--Gateway:Broker:TlsPort=9443"],
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };

        var ex = Assert.Throws<OptionsValidationException>(() => GatewayHost.Create(args));

        var failure = Assert.Single(ex.Failures);
        Assert.Contains(expected, failure, StringComparison.Ordinal);
        Assert.Contains(advice, failure, StringComparison.Ordinal);
        if (problem is "missing-cert" or "missing-key")
        {
            Assert.Contains(missing, failure, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TryLoad_PemPair_HasPrivateKeyAndTheSubjectAltNames()
    {
        var ok = TlsCertificate.TryLoad(new TlsOptions { CertificatePath = _certificates.CertificatePath, KeyPath = _certificates.KeyPath }, out var certificate, out var error);

        Assert.True(ok, error);
        using (certificate)
        {
            Assert.True(certificate!.HasPrivateKey);
            Assert.True(certificate.MatchesHostname("127.0.0.1"));
        }
    }

    public void Dispose() => _certificates.Dispose();

    private static string User(GatewayFixture gateway, string client) => gateway.Credentials.For(client)!.Value.User;

    private static string Password(GatewayFixture gateway, string client) => gateway.Credentials.For(client)!.Value.Password;

    private Task<GatewayFixture> StartAsync(IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Gateway:Tls:CertificatePath"] = _certificates.CertificatePath,
            ["Gateway:Tls:KeyPath"] = _certificates.KeyPath,
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")], settings);
    }

    /// <summary>
    /// The ports Kestrel bound, from the server's own address list: probing a port nobody should listen on could hit
    /// another process that took it meanwhile on this shared machine.
    /// </summary>
    private static int[] ListeningPorts(GatewayFixture gateway) => gateway.App.Urls.Select(url => new Uri(url).Port).Order().ToArray();

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}

using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using MQTTnet;
using MQTTnet.Formatter;

namespace ScenarioEdge.Gateway.Tests.Infrastructure;

/// <summary>
/// Clients of the gateway's TLS listeners that trust only the test CA: MQTT over TLS, MQTT over WebSocket (wss) and
/// HTTPS. All MQTT connection options are built here, so credentials are added in one place.
/// </summary>
internal static class TlsClients
{
    public static Task<TestMqtt> ConnectAsync(int port, X509Certificate2 ca, string clientId, string? user = null, string? password = null) =>
        TestMqtt.ConnectAsync(Options(clientId, user, password)
            .WithTcpServer("127.0.0.1", port)
            .WithTlsOptions(tls => tls.UseTls().WithCertificateValidationHandler(e => Trusts(ca, e.Certificate, e.SslPolicyErrors)))
            .Build());

    public static Task<TestMqtt> ConnectWebSocketAsync(Uri uri, X509Certificate2? ca, string clientId, string? user = null, string? password = null) =>
        TestMqtt.ConnectAsync(Options(clientId, user, password)
            .WithWebSocketServer(ws => ws.WithUri(uri.ToString()))
            .WithTlsOptions(tls =>
            {
                if (ca is not null)
                {
                    tls.UseTls().WithCertificateValidationHandler(e => Trusts(ca, e.Certificate, e.SslPolicyErrors));
                }
            })
            .Build());

    /// <summary>A client that connects with TLS but trusts only the system's CAs, as a client without the test CA would.</summary>
    public static Task<TestMqtt> ConnectWithoutCaAsync(int port, string clientId) =>
        TestMqtt.ConnectAsync(Options(clientId, null, null).WithTcpServer("127.0.0.1", port).WithTlsOptions(tls => tls.UseTls()).Build());

    public static HttpClient Https(int port, X509Certificate2 ca) =>
        new(new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, errors) => Trusts(ca, certificate, errors),
            },
        })
        {
            BaseAddress = new Uri($"https://127.0.0.1:{port}"),
        };

    private static MqttClientOptionsBuilder Options(string clientId, string? user, string? password)
    {
        var builder = new MqttClientOptionsBuilder()
            .WithClientId(clientId)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithTimeout(TimeSpan.FromSeconds(10));
        if (user is not null)
        {
            builder.WithCredentials(user, password);
        }

        return builder;
    }

    /// <summary>The server's certificate chains to the test CA and its name matches; nothing else is forgiven.</summary>
    private static bool Trusts(X509Certificate2 ca, X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var server = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(server);
    }
}

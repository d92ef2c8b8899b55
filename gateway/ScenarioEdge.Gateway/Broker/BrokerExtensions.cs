using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Options;
using MQTTnet.AspNetCore;
using ScenarioEdge.Gateway.Messaging;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Security;

namespace ScenarioEdge.Gateway.Broker;

public static class BrokerExtensions
{
    /// <summary>Path of MQTT over WebSocket on the HTTPS listener, for apps.</summary>
    public const string WebSocketPath = "/mqtt";

    /// <summary>
    /// The MQTT side: the embedded MQTTnet broker on a Kestrel listener (default), or a client of an external broker.
    /// Either way one <see cref="IMessageBus"/> instance, also registered as the hosted service.
    /// Also every Kestrel listener: plain HTTP, HTTPS, plain MQTT and MQTT over TLS, each as configured.
    /// </summary>
    public static WebApplicationBuilder AddBroker(this WebApplicationBuilder builder, GatewayOptions options)
    {
        var services = builder.Services;
        var broker = options.Broker;
        services.AddSingleton<MetricsRegistration>(ConnectRefusalMetrics.Register);
        services.AddHealthChecks().AddCheck<BrokerHealthCheck>("broker", tags: [ObservabilityExtensions.Ready]);
        // Loaded once here; the options validation has already turned a bad certificate into a start-up error.
        var certificate = options.Tls.Enabled ? TlsCertificate.Load(options.Tls) : null;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var httpAddress = ParseAddress(options.HttpAddress, "Gateway:HttpAddress");
            if (options.HttpPlainEnabled)
            {
                kestrel.Listen(httpAddress, options.HttpPort);
            }

            if (options.HttpsEnabled)
            {
                kestrel.Listen(httpAddress, options.HttpsPort, listen => listen.UseHttps(Https(certificate!)));
            }

            var brokerAddress = ParseAddress(broker.Address, "Gateway:Broker:Address");
            if (options.MqttPlainEnabled)
            {
                kestrel.Listen(brokerAddress, broker.Port, listen =>
                {
                    listen.Use(next => Guard(next, kestrel.ApplicationServices, options));
                    listen.Use(next => Gate(next, kestrel.ApplicationServices));
                    listen.UseMqtt();
                });
            }

            if (options.MqttTlsEnabled)
            {
                kestrel.Listen(brokerAddress, broker.TlsPort, listen =>
                {
                    // No HTTP on this port, so no ALPN to offer: a client asking for "mqtt" gets no ALPN instead of a refusal.
                    listen.Protocols = HttpProtocols.None;
                    listen.UseHttps(Https(certificate!));
                    listen.Use(next => Guard(next, kestrel.ApplicationServices, options));
                    listen.Use(next => Gate(next, kestrel.ApplicationServices));
                    listen.UseMqtt();
                });
            }
        });

        if (certificate is not null)
        {
            services.AddSingleton(new ServerCertificate(certificate, Path.GetFullPath(options.Tls.CertificatePath!)));
            services.AddHostedService<CertificateExpiryCheck>();
        }

        if (broker.Mode == BrokerMode.Embedded)
        {
            services.AddHostedMqttServer(server => server
                .WithPersistentSessions()
                .WithMaxPendingMessagesPerClient(broker.MaxPendingMessagesPerClient)
                // Bounds the wait for CONNECT on MQTT over WebSocket too, which ConnectGate does not see.
                .WithDefaultCommunicationTimeout(builder.Configuration.GetValue($"{SecurityOptions.Section}:{nameof(SecurityOptions.ConnectTimeout)}", new SecurityOptions().ConnectTimeout)));
            services.AddMqttConnectionHandler();
            services.AddConnections();
            services.AddSingleton<SessionRegistry>();
            services.AddSingleton<ConnectionAdmission>();
            services.AddSingleton<EmbeddedBroker>();
            services.AddSingleton<IMessageBus>(sp => sp.GetRequiredService<EmbeddedBroker>());
            services.AddSingleton<IClientSessions>(sp => sp.GetRequiredService<EmbeddedBroker>());
            services.AddSingleton<IDeliveryReports, EmbeddedDeliveryReports>();
            services.AddHostedService(sp => sp.GetRequiredService<EmbeddedBroker>());
            services.AddHostedService<IngestedBeforePubackMarker>();
            services.AddHostedService<SessionExpiry>();
        }
        else
        {
            services.AddSingleton<ExternalBrokerClient>();
            services.AddSingleton<IMessageBus>(sp => sp.GetRequiredService<ExternalBrokerClient>());
            services.AddSingleton<IClientSessions, ExternalClientSessions>();
            services.AddSingleton<IDeliveryReports, NoDeliveryReports>();
            services.AddHostedService(sp => sp.GetRequiredService<ExternalBrokerClient>());
        }

        return builder;
    }

    /// <summary>MQTT over WebSocket for apps at <see cref="WebSocketPath"/>, served on the HTTPS listener only.</summary>
    public static WebApplication MapBroker(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<GatewayOptions>>().Value;
        if (options.Broker.Mode != BrokerMode.Embedded || !options.HttpsEnabled)
        {
            return app;
        }

        // Endpoints answer on every listener; MQTT credentials must not travel over the plain HTTP one. MQTT clients open
        // the WebSocket directly, so the SignalR-style negotiate resource the dispatcher maps beside it is closed too:
        // it would only let anyone park pending connections.
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(WebSocketPath, StringComparison.OrdinalIgnoreCase, out var rest)
                && (!context.Request.IsHttps || rest.HasValue),
            plain => plain.Run(context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }));
        app.MapConnectionHandler<MqttConnectionHandler>(WebSocketPath, dispatcher =>
        {
            // MQTT needs a full-duplex binary stream: WebSockets only, no long-polling or server-sent-events fallbacks.
            dispatcher.Transports = HttpTransportType.WebSockets;
            dispatcher.WebSockets.SubProtocolSelector = MqttSubProtocolSelector.SelectSubProtocol;
        });
        return app;
    }

    private static HttpsConnectionAdapterOptions Https(X509Certificate2 certificate) => new()
    {
        ServerCertificate = certificate,
        // TLS 1.0 and 1.1 are deprecated (RFC 8996); every MQTT client and browser a store runs speaks 1.2 or 1.3.
        SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
    };

    private static IPAddress ParseAddress(string value, string key) =>
        value == "localhost" ? IPAddress.Loopback
        : IPAddress.TryParse(value, out var address) ? address
        : throw new InvalidOperationException($"{key}: '{value}' is not an IP address (use e.g. 0.0.0.0, 127.0.0.1 or ::)");

    private static ConnectionDelegate Gate(ConnectionDelegate next, IServiceProvider services)
    {
        var timeout = services.GetRequiredService<IOptions<SecurityOptions>>().Value.ConnectTimeout;
        return ConnectGate.Wrap(next, timeout, services.GetRequiredService<TimeProvider>(), (connection, reason) =>
        {
            services.GetRequiredService<GatewayMetrics>().CountConnectRefused(reason);
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConnectGate));
            if (logger.IsEnabled(LogLevel.Debug))
            {
                // Debug only: these come in floods; se_mqtt_connect_refused_total counts them by reason.
                logger.LogDebug("Closed MQTT connection from {Endpoint}: {Reason}", connection.RemoteEndPoint, reason);
            }
        });
    }

    private static ConnectionDelegate Guard(ConnectionDelegate next, IServiceProvider services, GatewayOptions options) =>
        PacketSizeGuard.Wrap(next, options.Broker.MaxPacketBytes, (connection, size) =>
        {
            services.GetRequiredService<GatewayMetrics>().CountOversizePacket();
            services.GetRequiredService<RefusalLog>().Refused(
                connection.RemoteEndPoint?.ToString() ?? "(unknown endpoint)", "oversize_packet", "MQTT connection", $"a packet of {size} bytes",
                $"closed: more than Gateway:Broker:MaxPacketBytes ({options.Broker.MaxPacketBytes})");
        });
}

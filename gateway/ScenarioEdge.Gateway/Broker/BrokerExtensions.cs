using System.Net;
using MQTTnet.AspNetCore;

namespace ScenarioEdge.Gateway.Broker;

public static class BrokerExtensions
{
    /// <summary>
    /// The MQTT side: the embedded MQTTnet broker on a Kestrel listener (default), or a client of an external broker.
    /// Either way one <see cref="IMessageBus"/> instance, also registered as the hosted service.
    /// </summary>
    public static WebApplicationBuilder AddBroker(this WebApplicationBuilder builder, GatewayOptions options)
    {
        var services = builder.Services;
        var broker = options.Broker;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(ParseAddress(options.HttpAddress, "Gateway:HttpAddress"), options.HttpPort);
            if (broker.Mode == BrokerMode.Embedded)
            {
                kestrel.Listen(ParseAddress(broker.Address, "Gateway:Broker:Address"), broker.Port, listen => listen.UseMqtt());
            }
        });

        if (broker.Mode == BrokerMode.Embedded)
        {
            services.AddHostedMqttServer(server => server
                .WithPersistentSessions()
                .WithMaxPendingMessagesPerClient(broker.MaxPendingMessagesPerClient));
            services.AddMqttConnectionHandler();
            services.AddConnections();
            services.AddSingleton<EmbeddedBroker>();
            services.AddSingleton<IMessageBus>(sp => sp.GetRequiredService<EmbeddedBroker>());
            services.AddHostedService(sp => sp.GetRequiredService<EmbeddedBroker>());
        }
        else
        {
            services.AddSingleton<ExternalBrokerClient>();
            services.AddSingleton<IMessageBus>(sp => sp.GetRequiredService<ExternalBrokerClient>());
            services.AddHostedService(sp => sp.GetRequiredService<ExternalBrokerClient>());
        }

        return builder;
    }

    private static IPAddress ParseAddress(string value, string key) =>
        value == "localhost" ? IPAddress.Loopback
        : IPAddress.TryParse(value, out var address) ? address
        : throw new InvalidOperationException($"{key}: '{value}' is not an IP address (use e.g. 0.0.0.0, 127.0.0.1 or ::)");
}

using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Broker;

namespace ScenarioEdge.Gateway.Demo;

/// <summary>Prints where to look once the gateway listens: HTTP, broker and the topics to watch.</summary>
public sealed class StartupBanner(IHostApplicationLifetime lifetime, IOptions<GatewayOptions> options, IOptions<DemoOptions> demo) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Print);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Print()
    {
        var o = options.Value;
        var host = o.HttpAddress is "0.0.0.0" or "::" ? "127.0.0.1" : o.HttpAddress;
        var lines = new List<string>
        {
            "",
            demo.Value.Enabled ? "ScenarioEdge demo is running: a simulated store with shoppers walking in and out." : "ScenarioEdge gateway is running.",
        };
        if (o.HttpPlainEnabled)
        {
            lines.Add($"HTTP API:      http://{host}:{o.HttpPort}  (GET /health, GET /metrics)");
        }

        if (o.HttpsEnabled)
        {
            lines.Add($"HTTPS API:     https://{host}:{o.HttpsPort}  (GET /health, GET /metrics)");
        }

        if (o.Broker.Mode == BrokerMode.Embedded)
        {
            var mqttHost = o.Broker.Address is "0.0.0.0" or "::" ? "127.0.0.1" : o.Broker.Address;
            if (o.MqttPlainEnabled)
            {
                lines.Add($"MQTT broker:   {mqttHost}:{o.Broker.Port} (embedded)");
            }

            if (o.MqttTlsEnabled)
            {
                lines.Add($"MQTT over TLS: {mqttHost}:{o.Broker.TlsPort} (embedded)");
            }

            if (o.HttpsEnabled)
            {
                lines.Add($"MQTT for apps: wss://{host}:{o.HttpsPort}{BrokerExtensions.WebSocketPath}  (MQTT over WebSocket, subprotocol mqtt)");
            }

            lines.Add("MQTT logins:   devices {store}/{device}, apps app:{install}, observers observer:{name}; no anonymous access");
        }
        else
        {
            lines.Add($"MQTT broker:   {o.Broker.Host}:{o.Broker.ExternalPort} (external)");
        }

        lines.Add("Topics:        se/v1/stores/{store}/devices/{device}/sightings   (scanners → gateway)");
        lines.Add("               se/v1/apps/{install}/push                         (gateway → shopper apps)");
        lines.Add($"Data:          {Path.GetFullPath(o.DatabasePath)}");
        lines.Add("");
        Console.Out.Write(string.Join(Environment.NewLine, lines) + Environment.NewLine);
        Console.Out.Flush();
    }
}

using System.Text;
using MQTTnet.Packets;
using MQTTnet.Server;
using ScenarioEdge.Protocol;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>
/// Tells every client of the embedded broker, in its CONNACK, that this broker is the gateway and ingests before the
/// PUBACK (<see cref="BrokerProperties.Ingest"/>). Edge agents read a PUBACK "no matching subscribers" as "the gateway
/// has it" only with this mark; from an external broker the same answer means the message went nowhere
/// (docs/decisions.md, "Client mode across broker restarts").
/// </summary>
public sealed class IngestedBeforePubackMarker(MqttServer server) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        server.ValidatingConnectionAsync += MarkAsync;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        server.ValidatingConnectionAsync -= MarkAsync;
        return Task.CompletedTask;
    }

    private static Task MarkAsync(ValidatingConnectionEventArgs e)
    {
        // Set on refusals too: harmless there, and independent of the order the handlers run in.
        (e.ResponseUserProperties ??= []).Add(new MqttUserProperty(BrokerProperties.Ingest, Encoding.UTF8.GetBytes(BrokerProperties.IngestedBeforePuback).AsMemory()));
        return Task.CompletedTask;
    }
}

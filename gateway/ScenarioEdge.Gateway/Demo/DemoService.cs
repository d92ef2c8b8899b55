using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Provisioning;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Simulation.Running;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Gateway.Demo;

/// <summary>
/// The demo: provisions the demo store, creates an operator API key and a read-only MQTT observer and prints them,
/// then plays the demo scenario in a loop against the gateway's own broker, over real MQTT on loopback with the
/// devices' and apps' own credentials, exactly as external devices and apps would.
/// </summary>
public sealed class DemoService(
    IHostApplicationLifetime lifetime,
    IOptions<DemoOptions> demo,
    IOptions<GatewayOptions> gateway,
    ScenarioProvisioning provisioning,
    ApiKeys keys,
    GatewayDatabase database,
    TimeProvider time,
    ILoggerFactory loggers) : BackgroundService
{
    private const string ObserverName = "demo";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => PlayAsync(stoppingToken);

    private async Task PlayAsync(CancellationToken hostStopping)
    {
        // Stop playing as soon as shutdown begins, not when this service's turn to stop comes: its clients would
        // otherwise keep publishing while the gateway drains.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(hostStopping, lifetime.ApplicationStopping);
        var stoppingToken = stopping.Token;
        var scenario = ScenarioLoader.LoadFile(demo.Value.Scenario);
        scenario.Loop = true;
        var credentials = provisioning.Apply(scenario);
        var (key, observerSecret) = CreateDemoLogins();

        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
        await Console.Out.WriteLineAsync($"Operator API key: {key}");
        await Console.Out.WriteLineAsync($"MQTT observer: user observer:{ObserverName} password {observerSecret}");
        var port = gateway.Value.Broker.Port;
        await Console.Out.WriteLineAsync($"Watch it:      mosquitto_sub -V mqttv5 -h 127.0.0.1 -p {port} -u observer:{ObserverName} -P {observerSecret} -t 'se/v1/#' -v");
        await Console.Out.FlushAsync(stoppingToken);

        var log = loggers.CreateLogger("ScenarioEdge.Demo");
        var options = new RunnerOptions
        {
            Host = "127.0.0.1",
            Port = port,
            Speed = 1,
            StopWhenSettled = false,
            Credentials = credentials.For,
            TokenKeys = credentials.KeyOf,
        };
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await new ScenarioRunner(scenario, options, time, log).RunAsync(stoppingToken);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                // Whatever the run hit while the gateway stops (its connections closing) is part of stopping.
                return;
            }
            catch (Exception ex)
            {
                log.LogError(ex, "The demo simulation failed ({Message}); restarting it in 5 s", ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(5), time, stoppingToken);
            }
        }
    }

    private (string Key, string ObserverSecret) CreateDemoLogins()
    {
        // One demo key at a time: the keys of earlier demo runs are revoked.
        foreach (var old in database.ApiKeys.Find(k => k.Name == "demo" && k.RevokedAt == null).ToList())
        {
            keys.Revoke(old.Id);
        }

        var (key, _) = keys.Create("demo", OperatorRole.Admin);
        var secret = Secrets.New();
        database.Observers.Upsert(new ObserverRecord { Id = ObserverName, Hash = Secrets.Hash(secret) });
        return (key, secret);
    }
}

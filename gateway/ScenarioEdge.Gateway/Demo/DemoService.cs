using Microsoft.Extensions.Options;
using ScenarioEdge.Simulation.Running;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Gateway.Demo;

/// <summary>
/// Plays the demo scenario in a loop against the gateway's own broker, over real MQTT on loopback, exactly as
/// external devices and apps would: something is visibly happening within seconds of start.
/// </summary>
public sealed class DemoService(
    IHostApplicationLifetime lifetime,
    IOptions<DemoOptions> demo,
    IOptions<GatewayOptions> gateway,
    TimeProvider time,
    ILoggerFactory loggers) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);

        var log = loggers.CreateLogger("ScenarioEdge.Demo");
        var scenario = ScenarioLoader.LoadFile(demo.Value.Scenario);
        scenario.Loop = true;
        var options = new RunnerOptions { Host = "127.0.0.1", Port = gateway.Value.Broker.Port, Speed = 1, StopWhenSettled = false };
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await new ScenarioRunner(scenario, options, time, log).RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                log.LogError(ex, "The demo simulation failed ({Message}); restarting it in 5 s", ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(5), time, stoppingToken);
            }
        }
    }
}

using Microsoft.Extensions.Options;
using MQTTnet.Server;
using ScenarioEdge.Gateway.Broker;
using ScenarioEdge.Gateway.Delivery;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Gateway.Campaigns;

namespace ScenarioEdge.Gateway;

/// <summary>
/// The order of a graceful stop, before any hosted service stops: stop accepting (ingest refuses new messages, which
/// their senders keep and publish again) → drain the stages in the order data flows through them → let connected
/// apps take what was just published → close every MQTT connection. Only then does the host stop Kestrel (which no
/// longer waits for MQTT connections), the services, and LiteDB. Each step shares one budget,
/// <see cref="GatewayOptions.ShutdownDrainTimeout"/>; what a step leaves is recorded or counted as its service stops.
/// </summary>
public sealed class GatewayShutdown(
    IngestPipeline ingest,
    SceneEngine scenes,
    ShelfTriggerStage shelves,
    CampaignRuntime campaigns,
    SceneBroadcaster timeline,
    DeliveryService delivery,
    IServiceProvider services,
    IOptions<GatewayOptions> options,
    TimeProvider time,
    ILogger<GatewayShutdown> log) : IHostedLifecycleService
{
    private static readonly TimeSpan SubscriberGrace = TimeSpan.FromSeconds(1);

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.Value.ShutdownDrainTimeout);
        await StepAsync("ingest", ingest.CloseAsync, budget.Token);
        await StepAsync("scene engine", scenes.DrainAsync, budget.Token);
        await StepAsync("shelf triggers", shelves.DrainAsync, budget.Token);
        await StepAsync("campaign decisions", campaigns.DrainAsync, budget.Token);
        await StepAsync("scene timeline", timeline.DrainAsync, budget.Token);
        await StepAsync("push delivery", delivery.DrainAsync, budget.Token);
        if (services.GetService<EmbeddedBroker>() is { } broker)
        {
            await StepAsync("subscriber queues", SubscribersServedAsync, budget.Token);
            await broker.StopAsync(cancellationToken);
        }

        log.LogInformation("Drained and closed MQTT connections in {Elapsed:0.000} s", time.GetElapsedTime(started).TotalSeconds);
    }

    private async Task StepAsync(string step, Func<CancellationToken, Task> drain, CancellationToken cancellationToken)
    {
        try
        {
            await drain(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The next steps still run: the broker must close its connections whatever one stage did.
            log.LogError(ex, "Shutdown: draining {Step} failed: {Message}", step, ex.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            log.LogWarning(
                "Shutdown: {Step} not drained within Gateway:ShutdownDrainTimeout ({Timeout}); what is left is recorded to finish after the restart or counted in se_shutdown_dropped_total",
                step, options.Value.ShutdownDrainTimeout);
        }
    }

    // Pushes just published sit in the connected apps' queues; a moment lets them go out. What does not is sent again
    // after the restart, since it stays unacknowledged.
    private async Task SubscribersServedAsync(CancellationToken cancellationToken)
    {
        var server = services.GetRequiredService<MqttServer>();
        var since = time.GetTimestamp();
        while (time.GetElapsedTime(since) < SubscriberGrace && (await server.GetClientsAsync()).Any(c => c.Session.PendingApplicationMessagesCount > 0))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), time, cancellationToken);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

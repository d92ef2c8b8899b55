using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using MQTTnet;
using ScenarioEdge.Provisioning;
using ScenarioEdge.Simulation.Radio;
using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Simulation.Scenarios;
using ScenarioEdge.Simulation.Shelves;

namespace ScenarioEdge.Simulation.Running;

/// <summary>
/// Runs a scenario over real MQTT: virtual scanners publish what the radio model lets them hear, virtual apps
/// receive pushes and report the store beacons their phones hear, and at the end every expectation is checked. Time is scenario time (<see cref="ScenarioClock"/>).
/// </summary>
public sealed class ScenarioRunner(Scenario scenario, RunnerOptions options, TimeProvider time, ILogger log)
{
    private readonly ConcurrentQueue<ReceivedPush> _pushes = new();
    private readonly ConcurrentQueue<ReceivedDisplayContent> _displays = new();
    private readonly ConcurrentQueue<PublishedShelfEvent> _shelfEvents = new();
    private readonly string _runId = Guid.NewGuid().ToString("N")[..10];
    private ExpectationChecker? _checker;
    private CheckoutPlayer? _checkout;

    public async Task<ScenarioResult> RunAsync(CancellationToken cancellationToken)
    {
        var checksOut = scenario.Checkout.Count > 0 || scenario.Expect.Any(e => e.Points is not null);
        if ((scenario.Alerts.Count > 0 || checksOut || scenario.Expect.Any(e => e.Decision is not null)) && (options.Gateway is null || options.ApiKey is null))
        {
            throw new ScenarioException($"scenario {scenario.Name} posts alerts, plays a checkout or reads the gateway's logs: it needs the gateway's API and an operator key (--gateway, --api-key)");
        }

        var clock = new ScenarioClock(time, options.StartAt ?? time.GetUtcNow(), options.Speed);
        var checker = _checker = new ExpectationChecker(scenario, _pushes, _displays);
        using var api = options.Gateway is { } gateway && options.ApiKey is { } key ? new GatewayApi(gateway, key) : null;
        using var appApi = checksOut ? new AppApi(options.Gateway!) : null;
        var timeline = new ScenarioTimeline(scenario, api, time, _runId, log);
        var random = new Random(scenario.Seed);
        var radio = new PathLossModel(scenario.Store.Radio, random);
        var shoppers = scenario.Shoppers.Select(s => (s, options.TokenKeys?.Invoke(s.Id) ?? ScenarioLoader.KeyOf(scenario, s))).ToList();
        var scanners = new List<VirtualScanner>();
        var apps = new List<VirtualApp>();
        var shelves = new List<VirtualShelf>();
        var tills = new Dictionary<string, VirtualTill>(StringComparer.Ordinal);
        var settled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        long published = 0;
        using var shelvesStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var shelfLoop = Task.CompletedTask;
        try
        {
            foreach (var spec in scenario.Store.Scanners)
            {
                var will = VirtualScanner.WillOf(scenario, spec, _runId, clock.Now);
                var client = await MqttConnections.ConnectAsync(options, spec.Device, MqttConnections.DeviceClientId(scenario.Store.Id, spec.Device), will, cancellationToken);
                var scanner = new VirtualScanner(scenario, spec, client, radio, _runId);
                scanners.Add(scanner);
                await scanner.PublishBirthAsync(clock.Now, cancellationToken);
            }

            var actions = ShelfPlan.Resolve(scenario).Actions;
            foreach (var spec in scenario.Store.Shelves)
            {
                var client = await MqttConnections.ConnectAsync(options, spec.Device, MqttConnections.DeviceClientId(scenario.Store.Id, spec.Device), VirtualShelf.WillOf(scenario, spec, _runId, clock.Now), cancellationToken);
                var shelf = new VirtualShelf(scenario, spec, client, actions, _runId);
                shelves.Add(shelf);
                await shelf.PublishBirthAsync(clock.Now, cancellationToken);
                await shelf.HostDisplaysAsync(clock, _displays, content =>
                {
                    log.LogInformation("t={T:0.0}s display {Display} shows {Title}: {Promotion}", content.AtScenarioSeconds, content.Display, content.Content.Title, content.Content.Promotion);
                    SettleIfDone(settled);
                }, cancellationToken);
            }

            foreach (var shopper in scenario.Shoppers)
            {
                var install = options.Installs?.Invoke(shopper.Id) ?? shopper.Install;
                var client = await MqttConnections.ConnectAsync(options, install, install, null, cancellationToken);
                var app = new VirtualApp(shopper, install, client, clock, _pushes, _runId);
                app.PushReceived += push =>
                {
                    log.LogInformation("t={T:0.0}s push {Campaign} to {Shopper}: {Title}", push.AtScenarioSeconds, push.Push.Campaign, push.Shopper, push.Push.Title);
                    SettleIfDone(settled);
                };
                await app.StartAsync(cancellationToken);
                apps.Add(app);
            }

            // Only the tills the checkout uses: a test may drive the scenario's other tills itself under their client ids.
            foreach (var spec in scenario.Store.Pos.Where(p => scenario.Checkout.Any(c => c.Till == p.Device)))
            {
                var client = await MqttConnections.ConnectAsync(options, spec.Device, MqttConnections.DeviceClientId(scenario.Store.Id, spec.Device), null, cancellationToken);
                tills[spec.Device] = new VirtualTill(scenario.Store.Id, spec.Device, client);
                await tills[spec.Device].StartAsync(cancellationToken);
            }

            var checkout = _checkout = new CheckoutPlayer(scenario, options, tills, apps.ToDictionary(a => a.Shopper, StringComparer.Ordinal), _pushes, appApi, _runId, log);
            checker.Answers = checkout.Answers;
            log.LogInformation(
                "Scenario {Scenario}: {Scanners} scanners, {Shoppers} shoppers, speed {Speed}x, {Duration}",
                scenario.Name, scanners.Count, apps.Count, options.Speed, scenario.Loop ? "looping until stopped" : $"{scenario.EffectiveDurationS:0} s of scenario time");

            shelfLoop = shelves.Count == 0 ? Task.CompletedTask : PublishShelfEventsAsync(shelves, clock, shelvesStop.Token);
            var interval = TimeSpan.FromMilliseconds(scenario.Store.Radio.PublishIntervalMs);
            using var timer = new PeriodicTimer(clock.ToWall(interval), time);
            var loopPeriod = scenario.Loop ? scenario.LoopPeriodS : 0;
            var nextProgress = 10.0;
            while (scenario.Loop || clock.Seconds < scenario.EffectiveDurationS)
            {
                var tick = timer.WaitForNextTickAsync(cancellationToken).AsTask();
                if (await Task.WhenAny(tick, settled.Task) == settled.Task)
                {
                    break;
                }

                await tick;
                var t = clock.Seconds;
                await timeline.AdvanceAsync(t, clock, cancellationToken);
                if (!scenario.Loop || t < scenario.LoopPeriodS)
                {
                    await checkout.AdvanceAsync(clock, cancellationToken);
                }

                var now = clock.Now;
                await Task.WhenAll(scanners.Select(s => s.PublishBatchAsync(t, now, shoppers, loopPeriod, cancellationToken)));
                await Task.WhenAll(apps.Select(a => a.PublishActivityAsync(scenario.Store.Id, loopPeriod > 0 ? t % loopPeriod : t, now, cancellationToken)));
                await Task.WhenAll(apps.Select(a => a.PublishBeaconSightingsAsync(scenario.Store, radio, loopPeriod > 0 ? t % loopPeriod : t, now, cancellationToken)));
                published += scanners.Count;
                if (t >= nextProgress)
                {
                    log.LogInformation("t={T:0}s: {Published} batches published, {Pushes} pushes received", t, published, _pushes.Count);
                    nextProgress += scenario.Loop ? 60 : 10;
                }

                if (CanSettle && checkout.Done && scenario.Checkout.Count > 0 && !checker.HasDecisions && checker.Check(final: false).All(e => e.Passed))
                {
                    break;
                }

                if (checker.HasDecisions && CanSettle && checkout.Done && checker.HoldSoFar(decisions: false))
                {
                    await ReadDecisionsAsync(api!, checker, cancellationToken);
                    if (checker.HoldSoFar(decisions: true))
                    {
                        break;
                    }
                }
            }
        }
        finally
        {
            await shelvesStop.CancelAsync();
            try
            {
                await shelfLoop;
            }
            catch (OperationCanceledException)
            {
                // The shelves stop with the run.
            }

            foreach (var client in scanners.Select(s => s.Client).Concat(shelves.Select(s => s.Client)).Concat(apps.Select(a => a.Client)).Concat(tills.Values.Select(t => t.Client)))
            {
                await DisconnectQuietlyAsync(client);
            }
        }

        if (checker.HasDecisions)
        {
            await SettleDecisionsAsync(api!, checker, cancellationToken);
        }

        var outcomes = checker.Check(final: true);
        return new ScenarioResult(scenario.Name, outcomes, _pushes.ToList(), published, clock.Seconds)
        {
            DisplayContents = _displays.ToList(),
            ShelfEvents = _shelfEvents.ToList(),
            Speed = options.Speed,
        };
    }

    // A shelf agent publishes an event as soon as its lane pipeline detects it, not at the scanners' batch interval:
    // the virtual shelves run every 100 ms of scenario time, so an event reaches the gateway within that of its time.
    private async Task PublishShelfEventsAsync(List<VirtualShelf> shelves, ScenarioClock clock, CancellationToken cancellationToken)
    {
        var period = clock.ToWall(TimeSpan.FromMilliseconds(100));
        using var timer = new PeriodicTimer(period < TimeSpan.FromMilliseconds(5) ? TimeSpan.FromMilliseconds(5) : period, time);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            var t = clock.Seconds;
            await Task.WhenAll(shelves.Select(s => s.PublishEventsAsync(t, clock, _shelfEvents, cancellationToken)));
        }
    }

    private bool CanSettle => options.StopWhenSettled && !scenario.Loop && scenario.DurationS <= 0;

    private async Task ReadDecisionsAsync(GatewayApi api, ExpectationChecker checker, CancellationToken cancellationToken)
    {
        foreach (var shopper in checker.DecisionShoppers)
        {
            checker.Decisions[shopper] = await api.DecisionsAsync(options.GatewayShoppers?.Invoke(shopper) ?? shopper, cancellationToken);
        }

        if (_checkout is { } checkout)
        {
            await checkout.ReadPointsAsync(checker.Points, cancellationToken);
        }
    }

    // The log is written within the gateway's write delay of each decision: a decision expectation gets a few seconds
    // after the run to appear before it is judged failed.
    private async Task SettleDecisionsAsync(GatewayApi api, ExpectationChecker checker, CancellationToken cancellationToken)
    {
        var since = time.GetTimestamp();
        while (true)
        {
            await ReadDecisionsAsync(api, checker, cancellationToken);
            if (checker.HoldSoFar(decisions: true) || time.GetElapsedTime(since) > TimeSpan.FromSeconds(5))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), time, cancellationToken);
        }
    }

    private void SettleIfDone(TaskCompletionSource settled)
    {
        if (CanSettle && _checkout is not { Done: false } && _checker is { HasDecisions: false } checker && checker.Check(final: false).All(e => e.Passed))
        {
            settled.TrySetResult();
        }
    }

    private async Task DisconnectQuietlyAsync(IMqttClient client)
    {
        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException or InvalidOperationException)
        {
            log.LogDebug("Disconnect failed: {Message}", ex.Message);
        }
        finally
        {
            client.Dispose();
        }
    }
}

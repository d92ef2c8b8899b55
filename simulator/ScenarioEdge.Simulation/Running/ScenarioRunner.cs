using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using MQTTnet;
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

    public async Task<ScenarioResult> RunAsync(CancellationToken cancellationToken)
    {
        var clock = new ScenarioClock(time, options.StartAt ?? time.GetUtcNow(), options.Speed);
        var random = new Random(scenario.Seed);
        var radio = new PathLossModel(scenario.Store.Radio, random);
        var shoppers = scenario.Shoppers.Select(s => (s, options.TokenKeys?.Invoke(s.Id) ?? ScenarioLoader.KeyOf(scenario, s))).ToList();
        var scanners = new List<VirtualScanner>();
        var apps = new List<VirtualApp>();
        var shelves = new List<VirtualShelf>();
        var settled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        long published = 0;
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
                    SettleIfDone(clock, settled);
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
                    SettleIfDone(clock, settled);
                };
                await app.StartAsync(cancellationToken);
                apps.Add(app);
            }

            log.LogInformation(
                "Scenario {Scenario}: {Scanners} scanners, {Shoppers} shoppers, speed {Speed}x, {Duration}",
                scenario.Name, scanners.Count, apps.Count, options.Speed, scenario.Loop ? "looping until stopped" : $"{scenario.EffectiveDurationS:0} s of scenario time");

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
                var now = clock.Now;
                await Task.WhenAll(scanners.Select(s => s.PublishBatchAsync(t, now, shoppers, loopPeriod, cancellationToken)));
                await Task.WhenAll(shelves.Select(s => s.PublishEventsAsync(t, clock, _shelfEvents, cancellationToken)));
                await Task.WhenAll(apps.Select(a => a.PublishActivityAsync(loopPeriod > 0 ? t % loopPeriod : t, now, cancellationToken)));
                await Task.WhenAll(apps.Select(a => a.PublishBeaconSightingsAsync(scenario.Store, radio, loopPeriod > 0 ? t % loopPeriod : t, now, cancellationToken)));
                published += scanners.Count;
                if (t >= nextProgress)
                {
                    log.LogInformation("t={T:0}s: {Published} batches published, {Pushes} pushes received", t, published, _pushes.Count);
                    nextProgress += scenario.Loop ? 60 : 10;
                }
            }
        }
        finally
        {
            foreach (var client in scanners.Select(s => s.Client).Concat(shelves.Select(s => s.Client)).Concat(apps.Select(a => a.Client)))
            {
                await DisconnectQuietlyAsync(client);
            }
        }

        var outcomes = Check(clock.Seconds, final: true);
        return new ScenarioResult(scenario.Name, outcomes, _pushes.ToList(), published, clock.Seconds)
        {
            DisplayContents = _displays.ToList(),
            ShelfEvents = _shelfEvents.ToList(),
        };
    }

    private void SettleIfDone(ScenarioClock clock, TaskCompletionSource settled)
    {
        if (options.StopWhenSettled && !scenario.Loop && scenario.DurationS <= 0 && Check(clock.Seconds, final: false).All(e => e.Passed))
        {
            settled.TrySetResult();
        }
    }

    private List<ExpectationOutcome> Check(double now, bool final)
    {
        var outcomes = new List<ExpectationOutcome>(scenario.Expect.Count);
        foreach (var expect in scenario.Expect)
        {
            if (expect.Display is not null)
            {
                outcomes.Add(CheckDisplay(expect, final));
                continue;
            }

            var shopper = scenario.Shoppers.First(s => s.Id == expect.To);
            var pushes = _pushes.Where(p => p.Shopper == expect.To && p.Push.Campaign == expect.Push).ToList();
            if (expect.Never)
            {
                outcomes.Add(new ExpectationOutcome(expect.ToString(), pushes.Count == 0 && final, pushes.Count == 0 ? "none received" : $"received at {pushes[0].AtScenarioSeconds:0.0} s"));
                continue;
            }

            var entry = JourneyPosition.FirstEntry(shopper);
            if (entry is null)
            {
                outcomes.Add(new ExpectationOutcome(expect.ToString(), false, "the shopper never enters the store in this scenario"));
                continue;
            }

            var first = pushes.FirstOrDefault(p => p.AtScenarioSeconds >= entry.Value - 1);
            var passed = first is not null && first.AtScenarioSeconds - entry.Value <= expect.WithinS;
            var detail = first is null
                ? "no push received"
                : string.Create(CultureInfo.InvariantCulture, $"received {first.AtScenarioSeconds - entry.Value:0.0} s after entering");
            outcomes.Add(new ExpectationOutcome(expect.ToString(), passed, detail));
        }

        return outcomes;
    }

    // Display expectations count from the first pick or put of the scenario: that is what the gateway reacts to.
    private ExpectationOutcome CheckDisplay(ExpectationSpec expect, bool final)
    {
        var shown = _displays.Where(d => d.Display == expect.Display && Shows(d.Content, expect.Shows!)).ToList();
        if (expect.Never)
        {
            return new ExpectationOutcome(expect.ToString(), shown.Count == 0 && final, shown.Count == 0 ? "never shown" : $"shown at {shown[0].AtScenarioSeconds:0.0} s");
        }

        var first = ShelfPlan.Resolve(scenario).Actions.FirstOrDefault(a => a.Kind != ShelfActionKind.Knock)?.At ?? 0;
        var hit = shown.FirstOrDefault(d => d.AtScenarioSeconds >= first);
        var passed = hit is not null && hit.AtScenarioSeconds - first <= expect.WithinS;
        var detail = hit is null
            ? (_displays.LastOrDefault(d => d.Display == expect.Display) is { } last ? $"showed '{last.Content.Title}' instead" : "no content received")
            : string.Create(CultureInfo.InvariantCulture, $"shown {hit.AtScenarioSeconds - first:0.0} s after the first shelf action");
        return new ExpectationOutcome(expect.ToString(), passed, detail);
    }

    private static bool Shows(DisplayContent content, string text) =>
        content.Title.Contains(text, StringComparison.Ordinal) || (content.Promotion?.Contains(text, StringComparison.Ordinal) ?? false);

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

using System.Device.Gpio;
using Microsoft.Extensions.Options;
using ScenarioEdge.EdgeAgent.Gpio;
using ScenarioEdge.EdgeAgent.Publishing;
using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Shelf;

namespace ScenarioEdge.EdgeAgent.Shelf;

/// <summary>
/// Runs the shelf: one loop per lane (HX711 → lane pipeline → outbox) and one loop polling the presence sensors.
/// A GPIO set-up error stops the host (systemd shows why); a failed read is logged and retried.
/// </summary>
internal sealed class ShelfService(
    Func<GpioController> gpio,
    IEdgeLink link,
    IOptions<ShelfOptions> options,
    IOptions<AgentOptions> agent,
    LaneSettings lanes,
    CalibrationStore calibrations,
    TimeProvider time,
    ILogger<ShelfService> log) : BackgroundService
{
    private static readonly TimeSpan PresencePoll = TimeSpan.FromMilliseconds(20);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        GpioController controller;
        try
        {
            controller = gpio();
        }
        catch (GpioSetupException ex)
        {
            log.ShelfCannotStart(ex.Message);
            throw;
        }

        using (controller)
        {
            var saved = calibrations.Load();
            var loops = o.Lanes.Select(lane => RunLaneAsync(controller, lane, saved.GetValueOrDefault(lane.Lane), stoppingToken)).ToList();
            loops.Add(RunPresenceAsync(controller, stoppingToken));
            await Task.WhenAll(loops);
        }
    }

    private async Task RunLaneAsync(GpioController controller, LaneOptions lane, LaneCalibration? calibration, CancellationToken ct)
    {
        var o = options.Value;
        var hx = new Hx711(controller, lane.DataPin, lane.ClockPin, time, TimeSpan.FromMilliseconds(o.ReadyTimeoutMs), $"lane {lane.Lane}");
        try
        {
            hx.Open();
        }
        catch (GpioSetupException ex)
        {
            log.ShelfCannotStart(ex.Message);
            throw;
        }

        log.LaneStarted(lane.Lane, lane.Sku, lane.DataPin, lane.ClockPin, lane.Gain.ToString());
        var (store, device) = (agent.Value.Store, agent.Value.Device);
        LanePipeline? pipeline = null;
        if (calibration is null)
        {
            log.LaneUncalibrated(lane.Lane, lane.CountsPerGram);
        }

        try
        {
            while (!ct.IsCancellationRequested)
            {
                int raw;
                try
                {
                    raw = await hx.ReadAsync(lane.Gain, ct);
                }
                catch (Exception ex) when (ex is TimeoutException or IOException)
                {
                    log.LaneReadFailed(lane.Lane, ex.Message);
                    await Task.Delay(TimeSpan.FromSeconds(1), time, ct);
                    continue;
                }

                // Uncalibrated: tare at the first reading so that weights are at least relative to start-up.
                var config = lanes.Current(lane.Lane);
                pipeline ??= new LanePipeline(config, calibration ?? new LaneCalibration(raw, lane.CountsPerGram), o.Pipeline);
                pipeline.Lane = config;
                if (pipeline.Add(time.GetUtcNow().ToUnixTimeMilliseconds(), raw) is { } d)
                {
                    if (d.Kind is ShelfEventKind.Pick or ShelfEventKind.Put)
                    {
                        log.LaneEvent(lane.Lane, d.Kind.ToString(), d.Count, config.Sku, d.DeltaGrams, d.BeforeGrams, d.AfterGrams, d.Confidence);
                    }

                    await link.EnqueueAsync(ShelfEvents.FromLane(store, device, config, d), ct);
                }
            }
        }
        finally
        {
            hx.PowerDown();
        }
    }

    private async Task RunPresenceAsync(GpioController controller, CancellationToken ct)
    {
        var o = options.Value;
        if (o.Presence.Count == 0)
        {
            return;
        }

        var sensors = o.Presence.Select(p => new PresenceSensor(controller, p)).ToList();
        sensors.ForEach(s => s.Open());
        using var timer = new PeriodicTimer(PresencePoll, time);
        while (await timer.WaitForNextTickAsync(ct))
        {
            var now = time.GetUtcNow();
            foreach (var sensor in sensors)
            {
                if (sensor.Poll(now) is { } present)
                {
                    log.Presence(sensor.Id, present ? "on" : "off");
                    await link.EnqueueAsync(ShelfEvents.FromPresence(agent.Value.Store, agent.Value.Device, sensor.Id, present, now), ct);
                }
            }
        }
    }
}

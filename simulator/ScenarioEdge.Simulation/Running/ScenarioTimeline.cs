using Microsoft.Extensions.Logging;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulation.Running;

/// <summary>
/// What happens to the scenario as a whole at its times, beside the shoppers' journeys: alerts posted through the
/// gateway's operator API (again in every loop, each with its own id), and forward jumps of the clock (first loop only),
/// of the simulator's event time and, through the shared <see cref="ScenarioTimeProvider"/>, of the gateway's.
/// </summary>
internal sealed class ScenarioTimeline(Scenario scenario, GatewayApi? api, TimeProvider time, string runId, ILogger log)
{
    private readonly HashSet<(long Loop, int Index)> _posted = [];
    private int _jumps;

    public async Task AdvanceAsync(double t, ScenarioClock clock, CancellationToken cancellationToken)
    {
        var period = scenario.Loop ? scenario.LoopPeriodS : 0;
        var loop = period > 0 ? (long)(t / period) : 0;
        var inLoop = period > 0 ? t % period : t;
        while (loop == 0 && _jumps < scenario.Jumps.Count && scenario.Jumps[_jumps].At <= inLoop)
        {
            Jump(scenario.Jumps[_jumps++], clock);
        }

        for (var i = 0; i < scenario.Alerts.Count; i++)
        {
            if (scenario.Alerts[i].At <= inLoop && _posted.Add((loop, i)))
            {
                await PostAsync(scenario.Alerts[i], $"{runId}-{loop}-{i}", clock, cancellationToken);
            }
        }
    }

    private async Task PostAsync(AlertStepSpec alert, string id, ScenarioClock clock, CancellationToken cancellationToken)
    {
        // Valid from the scenario's event time, which runs ahead of the gateway's clock when played faster; the
        // gateway takes that up to its skew bound, so the alert's triggers carry the scenario's time.
        var from = clock.Now;
        var body = new AlertBody(id, alert.Kind, alert.Severity, new AlertAreaBody([scenario.Store.Id]), from, from.AddSeconds(alert.ValidForS), alert.Text);
        try
        {
            await api!.PostAlertAsync(body, cancellationToken);
            log.LogInformation("t={T:0.0}s alert {Alert} posted: {Kind} {Severity}, {Text}", clock.Seconds, id, alert.Kind, alert.Severity, alert.Text);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            log.LogWarning("t={T:0.0}s alert {Alert} not posted: {Message}", clock.Seconds, id, ex.Message);
        }
    }

    private void Jump(ClockJumpSpec jump, ScenarioClock clock)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(scenario.Store.TimeZone);
        var now = clock.Now;
        var by = ScenarioStartClock.SameDayAt(zone, TimelineValidation.LocalTime(jump.ToLocal)!.Value, now) - now;
        if (by <= TimeSpan.Zero)
        {
            log.LogWarning("t={T:0.0}s the clock reads {Now} already, past {To}: no jump", clock.Seconds, TimeZoneInfo.ConvertTime(now, zone), jump.ToLocal);
            return;
        }

        clock.Jump(by);
        if (time is ScenarioTimeProvider shared)
        {
            shared.Advance(by);
        }

        log.LogInformation("t={T:0.0}s the clock jumps {By} forward to {To} local time", clock.Seconds, by, jump.ToLocal);
    }
}

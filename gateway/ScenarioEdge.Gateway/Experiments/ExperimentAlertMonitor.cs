using System.Text;
using Microsoft.Extensions.Options;
using ScenarioEdge.Experiments.Alerts;
using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Gateway.Delivery.Webhooks;
using ScenarioEdge.Gateway.Messaging;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Protocol;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>
/// Checks every running campaign once a day, by event time (<see cref="TimeProvider"/>), five minutes after UTC
/// midnight, for the day just ended (at start: for yesterday, so a gateway down at midnight misses no day): conversion drop, delivery and open collapse (on the journeys' daily series), a
/// coupon budget projected to run out before the campaign ends (<see cref="CouponBudgetProjection"/>), and
/// sample-ratio mismatch (on the whole report). A new alert goes to the board (API), the metric, the operators' MQTT
/// topic <c>se/v1/alerts/experiments/{campaign}</c> and the webhook when one is configured.
/// </summary>
public sealed class ExperimentAlertMonitor(
    ActiveCampaigns active, JourneyBook journeys, ExperimentReports reports, ExperimentAlertBoard board, IMessageBus bus,
    WebhookSender webhook, CouponBudgetProjection budgets, GatewayMetrics metrics, TimeProvider time, IOptions<ExperimentOptions> options, ILogger<ExperimentAlertMonitor> log) : BackgroundService
{
    /// <summary>After midnight, so the day's last events are in.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMinutes(5);

    public static string Topic(string campaign) => $"{Topics.Root}/alerts/experiments/{campaign}";

    private readonly Lock _checked = new();
    private DateOnly? _checkedThrough;

    /// <summary>Days caught up at most after the clock jumped or the gateway was down.</summary>
    private const int CatchUpDays = 7;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A short period against the event-time clock rather than one long sleep: a clock moved forward (or a
        // gateway that was down at midnight) is noticed at the next tick, and the days missed are checked in order.
        using var timer = new PeriodicTimer(options.Value.AlertCheckPeriod, time);
        DateOnly? done = null;
        do
        {
            var ended = DateOnly.FromDateTime((time.GetUtcNow() - Settle).UtcDateTime).AddDays(-1);
            // A clock set back checks nothing again; one moved forward catches up at most CatchUpDays days.
            for (var day = done is { } d ? Max(d.AddDays(1), ended.AddDays(1 - CatchUpDays)) : ended; day <= ended; day = day.AddDays(1))
            {
                try
                {
                    await CheckAsync(day, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "Experiment alert check for {Day} failed", day);
                }

                done = day;
                lock (_checked)
                {
                    _checkedThrough = day;
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>The last day checked (by event time), or null before the first check.</summary>
    public DateOnly? CheckedThrough
    {
        get
        {
            lock (_checked)
            {
                return _checkedThrough;
            }
        }
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>Checks every running campaign for <paramref name="day"/>; returns the alerts that were new.</summary>
    public async Task<IReadOnlyList<ExperimentAlert>> CheckAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var raised = new List<ExperimentAlert>();
        foreach (var campaign in active.Current.ById.Keys.Order(StringComparer.Ordinal).ToList())
        {
            foreach (var alert in Evaluate(campaign, day).Where(board.Add))
            {
                raised.Add(alert);
                await RaiseAsync(alert, cancellationToken);
            }
        }

        if (raised.Count > 0)
        {
            log.LogWarning("Experiment alerts for {Day}: {Count} raised ({Kinds})", day, raised.Count, string.Join(", ", raised.Select(a => a.Kind).Distinct()));
        }

        return raised;
    }

    private IEnumerable<ExperimentAlert> Evaluate(string campaign, DateOnly day)
    {
        var all = journeys.Read(campaign, day.AddDays(-30), day);
        var series = new ConversionDropRule().Evaluate(campaign, DailyCount.Series(all, FunnelStage.Exposed, FunnelStage.Purchased))
            .Concat(RateCollapseRule.Delivery.Evaluate(campaign, DailyCount.Series(all, FunnelStage.Sent, FunnelStage.Delivered)))
            .Concat(RateCollapseRule.Opens.Evaluate(campaign, DailyCount.Series(all, FunnelStage.Delivered, FunnelStage.Opened)))
            .Where(a => a.Day == day);
        if (active.Current.ById.TryGetValue(campaign, out var compiled))
        {
            series = series.Concat(budgets.Of(compiled, day).Select(BudgetRule.Evaluate).OfType<ExperimentAlert>());
        }

        var report = reports.Build(campaign, null, day, null, FunnelStage.Purchased);
        return report is null ? series : series.Concat(SampleRatioRule.Evaluate(report, day));
    }

    private async Task RaiseAsync(ExperimentAlert alert, CancellationToken cancellationToken)
    {
        metrics.CountExperimentAlert(JsonName(alert.Kind));
        var json = AlertJson.Write(alert);
        try
        {
            await bus.PublishAsync(Topic(alert.Campaign), Encoding.UTF8.GetBytes(json), false, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The board and the webhook still have it; the operators' topic is a live view, not the record.
            log.LogWarning(e, "Experiment alert {Kind} of {Campaign} not published to MQTT", alert.Kind, alert.Campaign);
        }

        if (webhook.Enabled)
        {
            // The id is stable across restarts, so the webhook's idempotency sends an alert raised again after a restart once.
            webhook.Enqueue($"experiment-alert:{alert.Kind}:{alert.Campaign}:{alert.Day:yyyy-MM-dd}:{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(alert.Message)))[..16]}", "experiment.alert", json);
        }
    }

    private static string JsonName(AlertKind kind) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
}

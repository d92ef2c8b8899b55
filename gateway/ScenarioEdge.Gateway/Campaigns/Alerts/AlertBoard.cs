using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Campaigns.Management;
using ScenarioEdge.Gateway.Privacy;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns.Alerts;

/// <summary>
/// External alerts (a weather warning for an area): checked whole, kept in LiteDB, and raised on <see cref="Posted"/>
/// for the campaign runtime. At most <see cref="AlertOptions.MaxPerMinute"/> are taken per minute; a flood beyond
/// that is refused, counted, and logged once per minute as a summary. Retention deletes alerts that ended longer ago
/// than <c>Retention:OperatorRecords</c> (their ids may then be posted again).
/// </summary>
public sealed class AlertBoard(
    GatewayDatabase db,
    CampaignCatalog catalog,
    IOptions<AlertOptions> options,
    IOptions<GatewayOptions> gateway,
    TimeProvider time,
    ICampaignCounters counters,
    ILogger<AlertBoard> log) : IOperatorRecordHolder
{
    private readonly Lock _post = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _taken;
    private int _refused;

    /// <summary>
    /// Raised once per accepted alert, after it is stored, on the posting request's thread: a handler hands the alert
    /// to its own queue and returns. A handler's exception is logged and does not fail the post.
    /// </summary>
    public event Action<PostedAlert>? Posted;

    public AlertOutcome Post(AlertRequest request, string by)
    {
        ArgumentNullException.ThrowIfNull(request);
        PostedAlert alert;
        lock (_post)
        {
            var now = time.GetUtcNow();
            if (request.Id is not null && db.Alerts.FindById(request.Id) is { } existing)
            {
                return AlertRecords.SameAs(existing, request)
                    ? new AlertOutcome(AlertOutcomeKind.Replayed, AlertRecords.ToAlert(existing))
                    : Refuse("invalid", new AlertOutcome(AlertOutcomeKind.Conflict, null, $"alert '{request.Id}' was posted before with other content: give the new alert a new id"));
            }

            if (!Take(now))
            {
                return Refuse("rate_limited", new AlertOutcome(AlertOutcomeKind.RateLimited, null, $"more than {options.Value.MaxPerMinute} alerts in a minute: try again later"));
            }

            var id = request.Id ?? "alert-" + Guid.NewGuid().ToString("N")[..16];
            var (valid, problems) = AlertValidator.Validate(request, catalog, now, gateway.Value.MaxClockSkewAhead, options.Value, id);
            if (valid is null)
            {
                return Refuse("invalid", new AlertOutcome(AlertOutcomeKind.Invalid, null, null, problems));
            }

            db.Alerts.Insert(AlertRecords.From(valid, by));
            alert = valid;
        }

        counters.AlertPosted();
        log.LogInformation("Alert {Alert} ({Kind}, {Severity}) posted by {By} for {Stores} until {Until}",
            alert.Id, alert.Kind, alert.Severity, by, string.Join(", ", alert.Stores), alert.ValidUntil);
        Raise(alert);
        return new AlertOutcome(AlertOutcomeKind.Posted, alert);
    }

    public string Name => "alerts";

    public int ExpireBefore(DateTime cutoff)
    {
        var ended = new DateTimeOffset(cutoff, TimeSpan.Zero);
        lock (_post)
        {
            return db.Alerts.DeleteMany(a => a.ValidUntil < ended);
        }
    }

    /// <summary>The stored alerts valid at <paramref name="at"/> (for shoppers who arrive while an alert applies).</summary>
    public IReadOnlyList<PostedAlert> ValidAt(DateTimeOffset at) =>
        [.. db.Alerts.Find(a => a.ValidUntil > at).Select(AlertRecords.ToAlert).Where(a => a.ValidAt(at))];

    private bool Take(DateTimeOffset now)
    {
        if (now - _windowStart >= TimeSpan.FromMinutes(1))
        {
            if (_refused > 0)
            {
                log.LogWarning("{Refused} alerts refused in the minute from {Start}: more than {Max} a minute", _refused, _windowStart, options.Value.MaxPerMinute);
            }

            (_windowStart, _taken, _refused) = (now, 0, 0);
        }

        if (_taken >= options.Value.MaxPerMinute)
        {
            if (_refused++ == 0)
            {
                log.LogWarning("Alerts are arriving faster than {Max} a minute: refusing them until the minute from {Start} is over", options.Value.MaxPerMinute, _windowStart);
            }

            return false;
        }

        _taken++;
        return true;
    }

    private AlertOutcome Refuse(string reason, AlertOutcome outcome)
    {
        counters.AlertRefused(reason);
        return outcome;
    }

    private void Raise(PostedAlert alert)
    {
        foreach (var handler in Posted?.GetInvocationList().Cast<Action<PostedAlert>>() ?? [])
        {
            try
            {
                handler(alert);
            }
            catch (Exception ex)
            {
                log.LogError(ex, "A handler of alert {Alert} failed; the alert is kept", alert.Id);
            }
        }
    }
}

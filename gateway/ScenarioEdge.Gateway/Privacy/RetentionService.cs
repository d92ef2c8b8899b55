using Microsoft.Extensions.Options;

namespace ScenarioEdge.Gateway.Privacy;

/// <summary>
/// Enforces <see cref="RetentionOptions.RawSignals"/> on every <see cref="IShopperDataHolder"/> and
/// <see cref="RetentionOptions.OperatorRecords"/> on every <see cref="IOperatorRecordHolder"/>, at start and then periodically.
/// </summary>
public sealed class RetentionService(
    IEnumerable<IShopperDataHolder> holders,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<RetentionService> log,
    IEnumerable<IOperatorRecordHolder>? operatorRecords = null) : BackgroundService
{
    /// <summary>One pass: expires what is older than the retention period; returns the records removed.</summary>
    public int RunOnce()
    {
        var now = time.GetUtcNow();
        var cutoff = (now - options.Value.RawSignals).UtcDateTime;
        var removed = 0;
        foreach (var holder in holders)
        {
            removed += Logged(holder.ExpireBefore(cutoff), holder.Name, cutoff);
        }

        var operatorCutoff = (now - options.Value.OperatorRecords).UtcDateTime;
        foreach (var holder in operatorRecords ?? [])
        {
            removed += Logged(holder.ExpireBefore(operatorCutoff), holder.Name, operatorCutoff);
        }

        return removed;
    }

    private int Logged(int removed, string holder, DateTime cutoff)
    {
        if (removed > 0)
        {
            log.LogInformation("Retention: removed {Count} {Holder} records older than {Cutoff:O}", removed, holder, cutoff);
        }

        return removed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        do
        {
            try
            {
                RunOnce();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Retention pass failed ({Message}); it runs again in {Interval}", ex.Message, options.Value.Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

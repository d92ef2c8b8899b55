using Microsoft.Extensions.Options;

namespace ScenarioEdge.Gateway.Privacy;

/// <summary>Enforces <see cref="RetentionOptions.RawSignals"/> on every <see cref="IShopperDataHolder"/>, at start and then periodically.</summary>
public sealed class RetentionService(
    IEnumerable<IShopperDataHolder> holders,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<RetentionService> log) : BackgroundService
{
    /// <summary>One pass: expires what is older than the retention period; returns the records removed.</summary>
    public int RunOnce()
    {
        var cutoff = (time.GetUtcNow() - options.Value.RawSignals).UtcDateTime;
        var removed = 0;
        foreach (var holder in holders)
        {
            var n = holder.ExpireBefore(cutoff);
            if (n > 0)
            {
                log.LogInformation("Retention: removed {Count} {Holder} records older than {Cutoff:O}", n, holder.Name, cutoff);
            }

            removed += n;
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

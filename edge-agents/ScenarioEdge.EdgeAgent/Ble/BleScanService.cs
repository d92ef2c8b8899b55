using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ScenarioEdge.EdgeAgent.Health;
using ScenarioEdge.EdgeAgent.Publishing;

namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>
/// Keeps the scanner running: when the adapter is missing, down, busy or forbidden, says so with what to do, marks
/// the device degraded, and retries with backoff; never lets a scanner failure stop the agent. Restarts the scan
/// when the remote config changes the scan parameters.
/// </summary>
internal sealed class BleScanService(
    IBleScanner scanner,
    AdvertPipeline pipeline,
    BleSettings settings,
    IOptions<AgentOptions> options,
    AgentHealth health,
    TimeProvider timeProvider,
    ILogger<BleScanService> logger) : BackgroundService
{
    public const string ProblemSource = "ble";
    private static readonly TimeSpan MinRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetry = TimeSpan.FromSeconds(60);
    private readonly Random jitter = new();
    private CancellationTokenSource? restart;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        settings.Changed += OnSettingsChanged;
        var ble = options.Value.Ble;
        var attempt = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            using var current = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            restart = current;
            var request = new ScanRequest(ble.AdapterIndex, ble.Channel, settings.Current.Scan);
            var started = timeProvider.GetTimestamp();
            try
            {
                await scanner.ScanAsync(request, pipeline, current.Token);
                attempt = 0;
                continue;
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("Scan settings changed; restarting the scan on {Adapter}", request.AdapterName);
                }

                attempt = 0;
                continue;
            }
            catch (OperationCanceledException)
            {
                break;
            }
            catch (BleScannerException ex)
            {
                attempt = timeProvider.GetElapsedTime(started) > MaxRetry ? 1 : attempt + 1;
                health.SetProblem(ProblemSource, ex.Message);
                var delay = Backoff.Delay(attempt, MinRetry, MaxRetry, jitter);
                logger.LogError("BLE scanning on {Adapter} is not possible ({Problem}): {Advice} Retrying in {RetrySeconds:0.0} s",
                    request.AdapterName, ex.Problem, ex.Message, delay.TotalSeconds);
                await WaitAsync(delay, stoppingToken);
            }
            catch (Exception ex)
            {
                attempt++;
                health.SetProblem(ProblemSource, $"scanner failed: {ex.Message}");
                var delay = Backoff.Delay(attempt, MinRetry, MaxRetry, jitter);
                logger.LogError(ex, "BLE scanning on {Adapter} failed unexpectedly; retrying in {RetrySeconds:0.0} s. If this repeats, report it with this log",
                    request.AdapterName, delay.TotalSeconds);
                await WaitAsync(delay, stoppingToken);
            }
        }

        settings.Changed -= OnSettingsChanged;
    }

    private void OnSettingsChanged(BleTuning old, BleTuning now)
    {
        if (old.Scan != now.Scan)
        {
            restart?.Cancel();
        }
    }

    private async Task WaitAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, timeProvider, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }
}

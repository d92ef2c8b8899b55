using Microsoft.Extensions.Logging;
using ScenarioEdge.EdgeAgent.Health;
using ScenarioEdge.EdgeAgent.Publishing;
using ScenarioEdge.EdgeAgent.Wearables.Transport;

namespace ScenarioEdge.EdgeAgent.Wearables;

/// <summary>
/// One loop per registered wearable: wait until it is heard nearby, take one of the scanner's few connection slots,
/// connect, run a session, give the slot back, and back off (exponential with jitter, on the injected clock) before
/// the next try. A wearable out of range holds a slot only for the connect timeout. Nothing but the registered
/// addresses is ever connected.
/// </summary>
internal sealed class WearableConnections(
    WearableRoster roster,
    IAttConnector connector,
    WearableSampleWriter writer,
    WearableOptions options,
    TimeProvider timeProvider,
    WearableStats stats,
    ILogger<WearableConnections> logger,
    AgentHealth? health = null,
    Random? jitter = null) : IDisposable
{
    private readonly SemaphoreSlim slots = new(options.MaxConnections, options.MaxConnections);
    private readonly Random random = jitter ?? Random.Shared;
    private int open;

    /// <summary>Connections open right now (never above <see cref="WearableOptions.MaxConnections"/>).</summary>
    public int Open => Volatile.Read(ref open);

    public Task RunAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(roster.Devices.Select(d => Task.Run(() => RunDeviceAsync(d, cancellationToken), cancellationToken)));

    private async Task RunDeviceAsync(WearableDevice device, CancellationToken cancellationToken)
    {
        var attempt = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                if (options.ConnectOnlyWhenHeard)
                {
                    await roster.WaitHeardAsync(device, TimeSpan.FromSeconds(options.HeardWithinS), timeProvider, cancellationToken);
                }

                var result = await ConnectOnceAsync(device, cancellationToken);
                Report(device, result);
                attempt = result?.WasReady == true ? 1 : attempt + 1;
                var delay = Backoff.Delay(attempt, TimeSpan.FromMilliseconds(options.ReconnectMinMs), TimeSpan.FromMilliseconds(options.ReconnectMaxMs), random);
                Log(device, result, attempt, delay);
                await Task.Delay(delay, timeProvider, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    private async Task<WearableSessionResult?> ConnectOnceAsync(WearableDevice device, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken);
        try
        {
            var address = roster.HeardAsRandom(device) is { } random ? device.Address with { Random = random } : device.Address;
            stats.CountConnectAttempt();
            IAttChannel channel;
            try
            {
                channel = await connector.ConnectAsync(address, TimeSpan.FromSeconds(options.ConnectTimeoutS), cancellationToken);
            }
            catch (AttTransportException ex)
            {
                stats.CountConnectFailure();
                return new WearableSessionResult(false, $"{device.Adv}: {ex.Message}", 0, 0, 0);
            }

            Interlocked.Increment(ref open);
            using (channel)
            {
                try
                {
                    var factory = new WearableSampleFactory(device.Adv, options.WheelCircumferenceM);
                    return await new WearableSession(device, channel, factory, writer, options, timeProvider, stats).RunAsync(cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A failing outbox (disk full) or a bug must cost this session, not the wearable's loop.
                    logger.LogError(ex, "GATT session with {Adv} failed unexpectedly: {Reason}", device.Adv, ex.Message);
                    return new WearableSessionResult(false, $"{device.Adv}: {ex.Message}", 0, 0, 0);
                }
                finally
                {
                    Interlocked.Decrement(ref open);
                }
            }
        }
        finally
        {
            slots.Release();
        }
    }

    public void Dispose() => slots.Dispose();

    /// <summary>A wearable that answers but cannot be served is in the status until a session with it works again.</summary>
    private void Report(WearableDevice device, WearableSessionResult? result)
    {
        if (result?.GattFailed == true)
        {
            health?.SetProblem($"wearable {device.Adv}", result.Reason);
        }
        else if (result?.WasReady == true)
        {
            health?.ClearProblem($"wearable {device.Adv}");
        }
    }

    private void Log(WearableDevice device, WearableSessionResult? result, int attempt, TimeSpan delay)
    {
        if (result is null)
        {
            return;
        }

        // A session that worked, the first failures, then every tenth: an absent strap must not flood the log.
        var level = result.WasReady || attempt <= 2 || attempt % 10 == 0 ? LogLevel.Information : LogLevel.Debug;
        if (logger.IsEnabled(level))
        {
            logger.Log(level, "GATT session with {Adv} ({Address}) ended: {Reason}; {Delivered} measurements, {Refused} PDUs refused, {Ignored} notifications ignored. Attempt {Attempt}, next in {DelaySeconds:0.0} s",
                device.Adv, device.Address, result.Reason, result.Delivered, result.Refused, result.Ignored, attempt, delay.TotalSeconds);
        }
    }
}

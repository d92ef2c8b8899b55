using ScenarioEdge.EdgeAgent.Wearables.Att;
using ScenarioEdge.EdgeAgent.Wearables.Transport;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Wearables;

/// <summary>
/// One connection to one wearable: pumps PDUs between the channel and a <see cref="GattClient"/>, turns measurements
/// into samples for the outbox (event time from the clock at receipt), and ends on disconnect, failure, a
/// discovery that takes too long, or silence once ready.
/// </summary>
internal sealed class WearableSession(
    WearableDevice device,
    IAttChannel channel,
    WearableSampleFactory factory,
    WearableSampleWriter writer,
    WearableOptions options,
    TimeProvider timeProvider,
    WearableStats stats) : IGattMeasurementSink
{
    private readonly List<WearableSample> samples = [];

    public async Task<WearableSessionResult> RunAsync(CancellationToken cancellationToken)
    {
        var client = new GattClient(this);
        var buffer = new byte[GattClient.ClientMtu + 64];
        var discoveryTimeout = TimeSpan.FromSeconds(options.DiscoveryTimeoutS);
        var idleTimeout = TimeSpan.FromSeconds(options.IdleTimeoutS);
        var started = timeProvider.GetTimestamp();
        var lastMeasurement = 0L;
        try
        {
            await channel.SendAsync(client.Start(), cancellationToken);
            while (true)
            {
                var ready = client.Phase == GattPhase.Ready;
                if (ready && lastMeasurement == 0)
                {
                    lastMeasurement = timeProvider.GetTimestamp();
                    stats.CountReady();
                }

                var wait = ready ? idleTimeout - timeProvider.GetElapsedTime(lastMeasurement) : discoveryTimeout - timeProvider.GetElapsedTime(started);
                var length = wait <= TimeSpan.Zero ? -1 : await ReceiveAsync(buffer, wait, cancellationToken);
                if (length < 0)
                {
                    return End(client, ready
                        ? $"no measurement for {options.IdleTimeoutS} s"
                        : $"discovery did not finish within {options.DiscoveryTimeoutS} s ({client.Phase})");
                }

                if (length == 0)
                {
                    return End(client, "disconnected by the device");
                }

                var delivered = client.Delivered;
                var reply = client.OnPdu(buffer.AsSpan(0, length));
                if (reply is not null)
                {
                    await channel.SendAsync(reply, cancellationToken);
                }

                if (client.Delivered != delivered)
                {
                    lastMeasurement = timeProvider.GetTimestamp();
                }

                await FlushAsync(cancellationToken);
                if (client.Phase == GattPhase.Failed)
                {
                    return End(client, client.Failure!);
                }
            }
        }
        catch (AttTransportException ex)
        {
            await FlushAsync(cancellationToken);
            return End(client, ex.Message);
        }
    }

    public void OnMeasurement(WearableProfile profile, ReadOnlySpan<byte> value)
    {
        var sample = factory.Create(profile, value, writer.NextId(), timeProvider.GetUtcNow(), out var dropped);
        if (sample is null)
        {
            stats.CountDropped(dropped);
            return;
        }

        samples.Add(sample);
    }

    private async ValueTask<int> ReceiveAsync(byte[] buffer, TimeSpan wait, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(wait, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await channel.ReceiveAsync(buffer, linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return -1;
        }
    }

    private async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var sample in samples)
        {
            await writer.WriteAsync(sample, cancellationToken);
        }

        samples.Clear();
    }

    private WearableSessionResult End(GattClient client, string reason)
    {
        stats.CountSession(client.Refused, client.Ignored);
        return new WearableSessionResult(client.Phase == GattPhase.Ready, $"{device.Adv}: {reason}", client.Delivered, client.Refused, client.Ignored, client.Phase == GattPhase.Failed);
    }
}

using System.Collections.Concurrent;
using MQTTnet;
using MQTTnet.Protocol;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Simulation.Radio;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulation.Running;

/// <summary>
/// A simulated shopper app: receives pushes on its own topic and answers "delivered"; shares when a checkout step says so; reports its activity and the
/// store beacons the phone hears.
/// </summary>
internal sealed class VirtualApp(ShopperSpec shopper, string install, IMqttClient client, ScenarioClock clock, ConcurrentQueue<ReceivedPush> received, string runId)
{
    private long _sequence;

    public event Action<ReceivedPush>? PushReceived;

    public IMqttClient Client => client;

    /// <summary>The scenario shopper whose app this is.</summary>
    public string Shopper => shopper.Id;

    public string Install => install;

    /// <summary>Reports that the shopper shared after the purchase <paramref name="pushId"/> invited to share (QoS 1, awaited).</summary>
    public Task ShareAsync(string pushId, CancellationToken cancellationToken)
    {
        var feedback = new AppFeedback { Id = $"{runId}-fb{Interlocked.Increment(ref _sequence)}", Ts = clock.Now, PushId = pushId, Action = FeedbackAction.Shared };
        return MqttConnections.PublishAsync(client, Topics.AppUplink(install, AppUplinkKind.Feedback), ProtocolCodec.Encode(feedback), false, cancellationToken);
    }

    private async Task SendFeedbackAsync(AppFeedback feedback)
    {
        try
        {
            await MqttConnections.PublishAsync(client, Topics.AppUplink(install, AppUplinkKind.Feedback), ProtocolCodec.Encode(feedback), false, CancellationToken.None);
        }
        catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or InvalidOperationException or OperationCanceledException)
        {
            FeedbackFailed?.Invoke(ex);
        }
    }

    public event Action<Exception>? FeedbackFailed;

    /// <summary>Reports the phone's activity when the journey says what the shopper is doing.</summary>
    public async Task PublishActivityAsync(string store, double t, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ActivityModel.DoingAt(shopper, t) is { } doing)
        {
            var activity = ActivityModel.Phone(doing, $"{runId}-act{Interlocked.Increment(ref _sequence)}", now, store, ActivityModel.DistanceAt(shopper, t));
            await MqttConnections.PublishAsync(client, Topics.AppUplink(install, AppUplinkKind.Activity), ProtocolCodec.Encode(activity), false, cancellationToken);
        }
    }

    /// <summary>
    /// Reports the store's beacons the phone hears where the shopper stands, through the radio model shifted by each
    /// beacon's RSSI at 1 m. Nothing outside the store, nothing when nothing is heard. Returns the sightings sent.
    /// </summary>
    public async Task<int> PublishBeaconSightingsAsync(SimulatedStore store, PathLossModel radio, double t, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var position = JourneyPosition.At(shopper, store, t);
        if (store.Beacons.Count == 0 || position.Outside)
        {
            return 0;
        }

        var adverts = Math.Max(1, (int)Math.Round(store.Radio.AdvertsPerSecond * store.Radio.PublishIntervalMs / 1000.0));
        var batch = new SightingsBatch { Id = $"{runId}-bcn{Interlocked.Increment(ref _sequence)}", Ts = now };
        var samples = new List<int>(adverts);
        foreach (var beacon in store.Beacons)
        {
            var distance = Math.Sqrt(Math.Pow(position.X - beacon.X, 2) + Math.Pow(position.Y - beacon.Y, 2));
            var shift = beacon.RssiAt1m - (int)Math.Round(store.Radio.TxPowerAt1m);
            samples.Clear();
            for (var i = 0; i < adverts; i++)
            {
                if (radio.Sample(distance) is { } rssi && rssi + shift >= store.Radio.SensitivityDbm)
                {
                    samples.Add(Math.Clamp(rssi + shift, -127, 20));
                }
            }

            if (samples.Count == 0)
            {
                continue;
            }

            var last = samples[^1];
            samples.Sort();
            batch.Sightings.Add(new Sighting
            {
                Adv = beacon.Adv,
                Kind = KindOf(beacon.Kind),
                Rssi = last,
                RssiSmoothed = samples[samples.Count / 2],
                TxPower = beacon.RssiAt1m,
                Count = samples.Count,
                Ts = now,
            });
        }

        if (batch.Sightings.Count > 0)
        {
            await MqttConnections.PublishAsync(client, Topics.AppUplink(install, AppUplinkKind.Sightings), ProtocolCodec.Encode(batch), false, cancellationToken);
        }

        return batch.Sightings.Count;
    }

    private static AdvertiserKind KindOf(string kind) => kind switch
    {
        "altbeacon" => AdvertiserKind.AltBeacon,
        "eddystone" => AdvertiserKind.Eddystone,
        _ => AdvertiserKind.IBeacon,
    };

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        client.ApplicationMessageReceivedAsync += e =>
        {
            var decoded = ProtocolCodec.Decode<AppPush>(e.ApplicationMessage.Payload);
            if (!decoded.Ok)
            {
                return Task.CompletedTask;
            }

            var push = new ReceivedPush(shopper.Id, install, decoded.Value!, clock.Seconds) { LatencyMs = LatencyStats.Of(clock, decoded.Value!.Ts) };
            received.Enqueue(push);
            PushReceived?.Invoke(push);
            var feedback = new AppFeedback
            {
                Id = $"{runId}-fb{Interlocked.Increment(ref _sequence)}",
                Ts = clock.Now,
                PushId = decoded.Value!.Id,
                Action = FeedbackAction.Delivered,
            };
            // Not awaited here: a QoS 1 publish waits for its PUBACK, which this client's receive loop can only read
            // once this handler has returned.
            _ = SendFeedbackAsync(feedback);
            return Task.CompletedTask;
        };
        var subscribe = new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(f => f.WithTopic(Topics.AppPush(install)).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce))
            .Build();
        var result = await client.SubscribeAsync(subscribe, cancellationToken);
        var code = result.Items.First().ResultCode;
        if (code > MqttClientSubscribeResultCode.GrantedQoS2)
        {
            throw new InvalidOperationException($"broker refused the push subscription of {install}: {code}");
        }
    }
}

using MQTTnet;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Provisioning;
using ScenarioEdge.Simulation.Radio;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulation.Running;

/// <summary>A simulated BLE scanner: hears the shoppers' rotating tokens through the radio model and publishes batches.</summary>
internal sealed class VirtualScanner(Scenario scenario, ScannerSpec spec, IMqttClient client, PathLossModel radio, string runId)
{
    private readonly List<int> _samples = new(32);
    private long _sequence;

    public string Device => spec.Device;

    public IMqttClient Client => client;

    public async Task PublishBirthAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var status = new DeviceStatus { Id = NextId(), Ts = now, State = DeviceState.Online, Version = "simulator" };
        await MqttConnections.PublishAsync(client, Topics.Status(scenario.Store.Id, spec.Device), ProtocolCodec.Encode(status), true, cancellationToken);
    }

    /// <summary>Publishes what this scanner heard over the last interval; returns the number of sightings.</summary>
    public async Task<int> PublishBatchAsync(double t, DateTimeOffset now, IReadOnlyList<(ShopperSpec Shopper, byte[] Key)> shoppers, double loopPeriod, CancellationToken cancellationToken)
    {
        var adverts = Math.Max(1, (int)Math.Round(scenario.Store.Radio.AdvertsPerSecond * scenario.Store.Radio.PublishIntervalMs / 1000.0));
        var batch = new SightingsBatch { Id = NextId(), Ts = now };
        foreach (var (shopper, key) in shoppers)
        {
            var position = JourneyPosition.At(shopper, scenario.Store, loopPeriod > 0 ? t % loopPeriod : t);
            if (position.Outside)
            {
                continue;
            }

            var distance = Math.Sqrt(Math.Pow(position.X - spec.X, 2) + Math.Pow(position.Y - spec.Y, 2));
            _samples.Clear();
            for (var i = 0; i < adverts; i++)
            {
                if (radio.Sample(distance) is { } rssi)
                {
                    _samples.Add(rssi);
                }
            }

            if (_samples.Count == 0)
            {
                continue;
            }

            var last = _samples[^1];
            _samples.Sort();
            batch.Sightings.Add(new Sighting
            {
                Adv = ShopperTokens.TokenHex(key, now),
                Kind = AdvertiserKind.ShopperToken,
                Rssi = last,
                RssiSmoothed = _samples[_samples.Count / 2],
                Count = _samples.Count,
                Ts = now,
            });
        }

        await MqttConnections.PublishAsync(client, Topics.Sightings(scenario.Store.Id, spec.Device), ProtocolCodec.Encode(batch), false, cancellationToken);
        if (spec.Wearables)
        {
            foreach (var (shopper, _) in shoppers)
            {
                if (shopper.Wearable is not null && ActivityModel.DoingAt(shopper, loopPeriod > 0 ? t % loopPeriod : t) is { } doing)
                {
                    var sample = ActivityModel.HeartRate(shopper, doing, NextId(), now);
                    await MqttConnections.PublishAsync(client, Topics.Wearables(scenario.Store.Id, spec.Device), ProtocolCodec.Encode(sample), false, cancellationToken);
                }
            }
        }

        return batch.Sightings.Count;
    }

    /// <summary>The will message of a scanner: its retained status turns offline when it drops off.</summary>
    public static MqttApplicationMessage WillOf(Scenario scenario, ScannerSpec spec, string runId, DateTimeOffset now) => new MqttApplicationMessageBuilder()
        .WithTopic(Topics.Status(scenario.Store.Id, spec.Device))
        .WithPayload(ProtocolCodec.Encode(new DeviceStatus { Id = $"{runId}-will", Ts = now, State = DeviceState.Offline }))
        .WithRetainFlag()
        .Build();

    // Unique per run, so that a second run against the same gateway is not taken for redelivery.
    private string NextId() => $"{runId}-{Interlocked.Increment(ref _sequence)}";
}

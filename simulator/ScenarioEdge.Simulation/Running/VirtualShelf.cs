using System.Collections.Concurrent;
using MQTTnet;
using MQTTnet.Protocol;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Provisioning;
using ScenarioEdge.Shelf;
using ScenarioEdge.Simulation.Scenarios;
using ScenarioEdge.Simulation.Shelves;

namespace ScenarioEdge.Simulation.Running;

/// <summary>
/// A simulated smart shelf device: its lanes run the edge agent's pipeline over simulated HX711 counts, and it
/// publishes the resulting shelf events as a real agent does (its own client id, topic <c>.../shelf</c>, QoS 1,
/// message ids from lane, event time and kind). It also hosts displays: it subscribes to their retained topics, as
/// the agent's kiosk does, and records what they were told to show.
/// </summary>
internal sealed class VirtualShelf
{
    private readonly Scenario _scenario;
    private readonly ShelfSpec _spec;
    private readonly List<SimulatedLane> _lanes;
    private readonly List<LaneDetection> _detections = [];
    private readonly string _runId;

    public VirtualShelf(Scenario scenario, ShelfSpec spec, IMqttClient client, IReadOnlyList<ShelfAction> actions, string runId)
    {
        _scenario = scenario;
        _spec = spec;
        Client = client;
        _runId = runId;
        var period = scenario.Loop ? scenario.LoopPeriodS : scenario.EffectiveDurationS;
        var shelfIndex = scenario.Store.Shelves.IndexOf(spec);
        _lanes = spec.Lanes
            .Select((lane, i) => new SimulatedLane(spec, lane, actions.Where(a => a.Lane == lane), period, (scenario.Seed * 7919) + (shelfIndex * 131) + i))
            .ToList();
    }

    public IMqttClient Client { get; }

    public string Device => _spec.Device;

    public async Task PublishBirthAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var status = new DeviceStatus { Id = $"{_runId}-{_spec.Device}-birth", Ts = now, State = DeviceState.Online, Version = "simulator" };
        await MqttConnections.PublishAsync(Client, Topics.Status(_scenario.Store.Id, _spec.Device), ProtocolCodec.Encode(status), true, cancellationToken);
    }

    /// <summary>Subscribes to the retained topics of the displays this shelf hosts.</summary>
    public async Task HostDisplaysAsync(ScenarioClock clock, ConcurrentQueue<ReceivedDisplayContent> received, Action<ReceivedDisplayContent> onReceived, CancellationToken cancellationToken)
    {
        var hosted = _scenario.Store.Displays.Where(d => d.HostedBy == _spec.Device).ToDictionary(d => Topics.Display(_scenario.Store.Id, d.Display), d => d.Display, StringComparer.Ordinal);
        if (hosted.Count == 0)
        {
            return;
        }

        Client.ApplicationMessageReceivedAsync += e =>
        {
            if (hosted.TryGetValue(e.ApplicationMessage.Topic, out var display) && ProtocolCodec.Decode<DisplayContent>(e.ApplicationMessage.Payload) is { Ok: true } decoded)
            {
                var content = new ReceivedDisplayContent(display, decoded.Value!, clock.Seconds) { LatencyMs = decoded.Value!.Campaign is null ? null : LatencyStats.Of(clock, decoded.Value!.Ts) };
                received.Enqueue(content);
                onReceived(content);
            }

            return Task.CompletedTask;
        };
        var subscribe = new MqttClientSubscribeOptionsBuilder();
        foreach (var topic in hosted.Keys)
        {
            subscribe.WithTopicFilter(f => f.WithTopic(topic).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce));
        }

        var result = await Client.SubscribeAsync(subscribe.Build(), cancellationToken);
        if (result.Items.FirstOrDefault(i => i.ResultCode > MqttClientSubscribeResultCode.GrantedQoS2) is { } refused)
        {
            throw new InvalidOperationException($"broker refused the display subscription {refused.TopicFilter.Topic} of {_spec.Device}: {refused.ResultCode}");
        }
    }

    /// <summary>Runs the lanes up to scenario second <paramref name="t"/> and publishes what they detected.</summary>
    public async Task PublishEventsAsync(double t, ScenarioClock clock, ConcurrentQueue<PublishedShelfEvent> published, CancellationToken cancellationToken)
    {
        var startMs = clock.Start.ToUnixTimeMilliseconds();
        foreach (var lane in _lanes)
        {
            _detections.Clear();
            lane.Advance(t, startMs, _scenario.Loop, _detections);
            foreach (var detection in _detections)
            {
                var message = LaneEvents.From(lane.Config, detection);
                await MqttConnections.PublishAsync(Client, Topics.Shelf(_scenario.Store.Id, _spec.Device), ProtocolCodec.Encode(message), false, cancellationToken);
                published.Enqueue(new PublishedShelfEvent(_spec.Device, message, (detection.TMs - startMs) / 1000.0));
            }
        }
    }

    /// <summary>The will message of a shelf: its retained status turns offline when it drops off.</summary>
    public static MqttApplicationMessage WillOf(Scenario scenario, ShelfSpec spec, string runId, DateTimeOffset now) => new MqttApplicationMessageBuilder()
        .WithTopic(Topics.Status(scenario.Store.Id, spec.Device))
        .WithPayload(ProtocolCodec.Encode(new DeviceStatus { Id = $"{runId}-{spec.Device}-will", Ts = now, State = DeviceState.Offline }))
        .WithRetainFlag()
        .Build();
}

using System.Collections.Concurrent;
using MQTTnet;
using MQTTnet.Protocol;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulation.Running;

/// <summary>A simulated shopper app: receives pushes on its own topic and answers "delivered".</summary>
internal sealed class VirtualApp(ShopperSpec shopper, IMqttClient client, ScenarioClock clock, ConcurrentQueue<ReceivedPush> received, string runId)
{
    private long _sequence;

    public event Action<ReceivedPush>? PushReceived;

    public IMqttClient Client => client;

    private async Task SendFeedbackAsync(AppFeedback feedback)
    {
        try
        {
            await MqttConnections.PublishAsync(client, Topics.AppUplink(shopper.Install, AppUplinkKind.Feedback), ProtocolCodec.Encode(feedback), false, CancellationToken.None);
        }
        catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or InvalidOperationException or OperationCanceledException)
        {
            FeedbackFailed?.Invoke(ex);
        }
    }

    public event Action<Exception>? FeedbackFailed;

    /// <summary>Reports the phone's activity when the journey says what the shopper is doing.</summary>
    public async Task PublishActivityAsync(double t, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ActivityModel.DoingAt(shopper, t) is { } doing)
        {
            var activity = ActivityModel.Phone(doing, $"{runId}-act{Interlocked.Increment(ref _sequence)}", now);
            await MqttConnections.PublishAsync(client, Topics.AppUplink(shopper.Install, AppUplinkKind.Activity), ProtocolCodec.Encode(activity), false, cancellationToken);
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        client.ApplicationMessageReceivedAsync += e =>
        {
            var decoded = ProtocolCodec.Decode<AppPush>(e.ApplicationMessage.Payload);
            if (!decoded.Ok)
            {
                return Task.CompletedTask;
            }

            var push = new ReceivedPush(shopper.Id, shopper.Install, decoded.Value!, clock.Seconds);
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
            .WithTopicFilter(f => f.WithTopic(Topics.AppPush(shopper.Install)).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce))
            .Build();
        var result = await client.SubscribeAsync(subscribe, cancellationToken);
        var code = result.Items.First().ResultCode;
        if (code > MqttClientSubscribeResultCode.GrantedQoS2)
        {
            throw new InvalidOperationException($"broker refused the push subscription of {shopper.Install}: {code}");
        }
    }
}

using System.Collections.Concurrent;
using MQTTnet;
using MQTTnet.Protocol;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Simulation.Running;

/// <summary>
/// A simulated till (device of kind pos): publishes purchases and redemption requests with its own device login and
/// takes the gateway's answers from its answers topic, matched to the request by message id.
/// </summary>
internal sealed class VirtualTill(string store, string device, IMqttClient client)
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<RedemptionResult>> _pending = new(StringComparer.Ordinal);

    public IMqttClient Client => client;

    public string Device => device;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        client.ApplicationMessageReceivedAsync += e =>
        {
            var decoded = ProtocolCodec.Decode<RedemptionResult>(e.ApplicationMessage.Payload);
            if (decoded.Ok && _pending.TryRemove(decoded.Value!.Request, out var waiting))
            {
                waiting.TrySetResult(decoded.Value);
            }

            return Task.CompletedTask;
        };
        var subscribe = new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(f => f.WithTopic(Topics.Answers(store, device)).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce))
            .Build();
        var result = await client.SubscribeAsync(subscribe, cancellationToken);
        if (result.Items.First().ResultCode > MqttClientSubscribeResultCode.GrantedQoS2)
        {
            throw new InvalidOperationException($"broker refused the answers subscription of till {device}: {result.Items.First().ResultCode}");
        }
    }

    public Task PublishPurchaseAsync(Purchase purchase, CancellationToken cancellationToken) =>
        MqttConnections.PublishAsync(client, Topics.Purchases(store, device), ProtocolCodec.Encode(purchase), false, cancellationToken);

    /// <summary>Sends the request; the task returned by it completes with the gateway's answer.</summary>
    public async Task<Task<RedemptionResult>> RedeemAsync(PosRedemption request, CancellationToken cancellationToken)
    {
        var answer = new TaskCompletionSource<RedemptionResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[request.Id] = answer;
        await MqttConnections.PublishAsync(client, Topics.Redemptions(store, device), ProtocolCodec.Encode(request), false, cancellationToken);
        return answer.Task;
    }
}

using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Packets;
using ScenarioEdge.EdgeAgent.Health;
using ScenarioEdge.Protocol;

namespace ScenarioEdge.EdgeAgent.Publishing;

/// <summary>
/// Reads a PUBACK as "the gateway has it" or "nobody has it". Through an external broker, a PUBACK "no matching
/// subscribers" (MQTT 5 reason 0x10, which mosquitto sends) means the gateway was not subscribed, typically because
/// the broker restarted without persistence and the gateway has not subscribed again yet: the message went nowhere.
/// The outbox then keeps it and the link retries with backoff until a subscriber takes it. The gateway's own broker
/// ingests before its PUBACK and says so in the CONNACK (<see cref="BrokerProperties.Ingest"/>), so there 0x10 is a
/// delivery like any other.
/// </summary>
internal sealed class NoSubscriberHold(BrokerOptions options, AgentHealth health, TimeProvider time, ILogger logger)
{
    public const string ProblemSource = "gateway";
    private readonly Random jitter = new();
    private bool brokerIsGateway;
    private int attempt;
    private long heldSince;

    /// <summary>Held messages since the agent started (each retry of the same message counts once more).</summary>
    public long Holds { get; private set; }

    /// <summary>Reads whether the broker is the gateway itself from its CONNACK.</summary>
    public void Connected(MqttClientConnectResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        brokerIsGateway = result.UserProperties?.Any(p => p.Name == BrokerProperties.Ingest && p.ReadValueAsString() == BrokerProperties.IngestedBeforePuback) == true;
    }

    /// <summary>True when the message reached the gateway (or a subscriber that stands for it).</summary>
    public bool Delivered(MqttClientPublishResult result) =>
        result.ReasonCode == MqttClientPublishReasonCode.Success
        || (result.ReasonCode == MqttClientPublishReasonCode.NoMatchingSubscribers && brokerIsGateway);

    /// <summary>True when the broker took the message but nobody subscribed: keep it and retry after <see cref="Hold"/>.</summary>
    public static bool NobodySubscribed(MqttClientPublishResult result) =>
        result.ReasonCode == MqttClientPublishReasonCode.NoMatchingSubscribers;

    /// <summary>Starts or continues holding; returns how long to wait before publishing the same message again.</summary>
    public TimeSpan Hold(string topic, long queued)
    {
        Holds++;
        attempt++;
        if (attempt == 1)
        {
            heldSince = time.GetTimestamp();
            var problem = $"the broker has no subscriber for {topic}: the gateway is not subscribed (after a broker restart without persistence, or the gateway is down); holding the outbox";
            health.SetProblem(ProblemSource, problem);
            logger.LogWarning("The broker answered 'no matching subscribers' for {Topic}: the gateway is not subscribed, so the message went nowhere. Holding {Queued} messages in the outbox and retrying until the gateway subscribes",
                topic, queued);
        }

        return Backoff.Delay(attempt, TimeSpan.FromMilliseconds(options.NoSubscriberRetryMinMs), TimeSpan.FromMilliseconds(options.NoSubscriberRetryMaxMs), jitter);
    }

    /// <summary>A message got through: ends a hold, if one was on.</summary>
    public void Released(long queued)
    {
        if (attempt == 0)
        {
            return;
        }

        health.ClearProblem(ProblemSource);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("A subscriber takes messages again after {HeldSeconds:0.0} s on hold; sending the {Queued} messages in the outbox",
                time.GetElapsedTime(heldSince).TotalSeconds, queued);
        }

        attempt = 0;
    }
}

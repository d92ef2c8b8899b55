using MQTTnet.Formatter;
using MQTTnet.Protocol;
using MQTTnet.Server;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>What a CONNECT asks for and how a refusal reads in the client's protocol version.</summary>
public static class ConnectTerms
{
    /// <summary>
    /// How long the client asks the broker to keep its session after the connection ends: zero for none,
    /// <see cref="TimeSpan.MaxValue"/> for no end (MQTT 3.1.1 clean session false; MQTTnet keeps every MQTT 3.1 session).
    /// </summary>
    public static TimeSpan RequestedExpiry(ValidatingConnectionEventArgs e) => e.ProtocolVersion switch
    {
        MqttProtocolVersion.V500 => e.SessionExpiryInterval switch
        {
            0 => TimeSpan.Zero,
            uint.MaxValue => TimeSpan.MaxValue,
            var seconds => TimeSpan.FromSeconds(seconds),
        },
        MqttProtocolVersion.V311 => e.CleanSession == true ? TimeSpan.Zero : TimeSpan.MaxValue,
        _ => TimeSpan.MaxValue,
    };

    /// <summary>
    /// <paramref name="code"/> as the client's version can say it. MQTTnet turns MQTT 5 codes that MQTT 3.1.1 lacks
    /// into 'unacceptable protocol version', which would send a client looking for the wrong problem.
    /// </summary>
    public static MqttConnectReasonCode For(MqttProtocolVersion version, MqttConnectReasonCode code) =>
        version == MqttProtocolVersion.V500 ? code : code switch
        {
            MqttConnectReasonCode.QuotaExceeded => MqttConnectReasonCode.ServerUnavailable,
            MqttConnectReasonCode.ConnectionRateExceeded => MqttConnectReasonCode.NotAuthorized,
            _ => code,
        };
}

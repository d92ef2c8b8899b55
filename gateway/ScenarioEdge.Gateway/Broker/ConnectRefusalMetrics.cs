using ScenarioEdge.Gateway.Observability;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>MQTT connections the embedded broker turned away, labelled by <see cref="ConnectRefusal"/>.</summary>
public static class ConnectRefusalMetrics
{
    private static readonly string[] Reasons = Enum.GetNames<ConnectRefusal>().Select(SnakeCase).ToArray();

    extension(GatewayMetrics metrics)
    {
        /// <summary>MQTT connections turned away by the embedded broker, by reason (besides failed logins and connection limits).</summary>
        public LabelledCounter ConnectRefused =>
            metrics.Labelled("se_mqtt_connect_refused_total", "MQTT connections turned away besides failed logins and connection limits, by reason.", "reason", Reasons);

        public void CountConnectRefused(ConnectRefusal reason) => metrics.ConnectRefused.Add((int)reason);
    }

    /// <summary>Makes the counter at start (every reason's series at 0).</summary>
    public static void Register(GatewayMetrics metrics) => _ = metrics.ConnectRefused;

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}

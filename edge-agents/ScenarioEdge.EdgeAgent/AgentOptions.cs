using ScenarioEdge.EdgeAgent.Ble;
using ScenarioEdge.EdgeAgent.Outbox;
using ScenarioEdge.EdgeAgent.Publishing;
using ScenarioEdge.EdgeAgent.Wearables;

namespace ScenarioEdge.EdgeAgent;

/// <summary>Configuration section <c>Agent</c>: who this device is, where it keeps its data, and how it reaches the broker.</summary>
public sealed class AgentOptions
{
    public const string Section = "Agent";

    /// <summary>Store id (topic segment).</summary>
    public string Store { get; set; } = string.Empty;

    /// <summary>Device id (topic segment, MQTT client id and username by default).</summary>
    public string Device { get; set; } = string.Empty;

    /// <summary>Where the outbox file lives; must be writable by the agent.</summary>
    public string DataDirectory { get; set; } = "/var/lib/scenarioedge";

    /// <summary>Seconds between health status messages.</summary>
    public int HealthIntervalS { get; set; } = 30;

    public BrokerOptions Broker { get; set; } = new();

    public OutboxOptions Outbox { get; set; } = new();

    public BleOptions Ble { get; set; } = new();

    public WearableOptions Wearables { get; set; } = new();
}

using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Config;

/// <summary>
/// A feature that takes part of the retained <see cref="DeviceConfig"/> (the shelf takes <c>lanes</c>). The remote
/// config service stays free of feature knowledge: each target checks and applies its own part.
/// </summary>
internal interface IDeviceConfigTarget
{
    /// <summary>Problem source in the status, e.g. <c>config.lanes</c>.</summary>
    string Name { get; }

    /// <summary>Applies its part of <paramref name="config"/>; returns why it refused it (its settings in force stay), or null.</summary>
    string? Apply(DeviceConfig config);
}

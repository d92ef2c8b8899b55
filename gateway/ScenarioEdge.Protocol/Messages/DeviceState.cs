using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>Life state of an edge device.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeviceState>))]
public enum DeviceState
{
    /// <summary>Connected and working (birth and health messages).</summary>
    [JsonStringEnumMemberName("online")] Online,
    /// <summary>Gone: the will message, or a clean shutdown.</summary>
    [JsonStringEnumMemberName("offline")] Offline,
    /// <summary>Connected but a sensor or the scanner is failing; <see cref="DeviceStatus.Problem"/> says what.</summary>
    [JsonStringEnumMemberName("degraded")] Degraded,
}

using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>The standard BLE profile a wearable sample was decoded from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WearableProfile>))]
public enum WearableProfile
{
    /// <summary>Heart Rate service 0x180D, Heart Rate Measurement 0x2A37.</summary>
    [JsonStringEnumMemberName("heartRate")] HeartRate,
    /// <summary>Running Speed and Cadence service 0x1814, RSC Measurement 0x2A53.</summary>
    [JsonStringEnumMemberName("runningSpeedCadence")] RunningSpeedCadence,
    /// <summary>Cycling Speed and Cadence service 0x1816, CSC Measurement 0x2A5B.</summary>
    [JsonStringEnumMemberName("cyclingSpeedCadence")] CyclingSpeedCadence,
}

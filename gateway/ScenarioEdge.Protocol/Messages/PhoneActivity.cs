using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>
/// The phone operating system's own activity class. Accepted in Android's and iOS's words as well as these
/// (<see cref="PhoneActivityNames"/>); written as these.
/// </summary>
[JsonConverter(typeof(PhoneActivityJsonConverter))]
public enum PhoneActivity
{
    /// <summary>The phone could not tell.</summary>
    [JsonStringEnumMemberName("unknown")] Unknown,
    /// <summary>Not moving.</summary>
    [JsonStringEnumMemberName("still")] Still,
    /// <summary>On foot, walking.</summary>
    [JsonStringEnumMemberName("walking")] Walking,
    /// <summary>On foot, running.</summary>
    [JsonStringEnumMemberName("running")] Running,
    /// <summary>On a bicycle.</summary>
    [JsonStringEnumMemberName("cycling")] Cycling,
    /// <summary>In a car, bus or train.</summary>
    [JsonStringEnumMemberName("inVehicle")] InVehicle,
}

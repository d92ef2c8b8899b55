using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>What happened at a shelf.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ShelfEventKind>))]
public enum ShelfEventKind
{
    /// <summary>Items were taken from a lane (weight fell and settled).</summary>
    [JsonStringEnumMemberName("pick")] Pick,
    /// <summary>Items were put back on a lane (weight rose and settled).</summary>
    [JsonStringEnumMemberName("put")] Put,
    /// <summary>A presence sensor started detecting someone.</summary>
    [JsonStringEnumMemberName("presenceOn")] PresenceOn,
    /// <summary>A presence sensor stopped detecting anyone.</summary>
    [JsonStringEnumMemberName("presenceOff")] PresenceOff,
    /// <summary>A lane's settled weight, sent periodically and after calibration.</summary>
    [JsonStringEnumMemberName("weight")] Weight,
}

using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>Retained birth and health message of a device (topic <c>.../devices/{device}/status</c>).</summary>
public sealed record DeviceStatus : ProtocolMessage
{
    /// <summary>Life state.</summary>
    [JsonPropertyName("state")]
    public DeviceState State { get; init; }

    /// <summary>Agent software version.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; init; }

    /// <summary>Seconds since the agent started.</summary>
    [JsonPropertyName("uptimeS")]
    public long? UptimeS { get; init; }

    /// <summary>Adverts received per second over the last health interval.</summary>
    [JsonPropertyName("advertsPerSecond")]
    public double? AdvertsPerSecond { get; init; }

    /// <summary>Messages waiting in the outbox.</summary>
    [JsonPropertyName("queueDepth")]
    public long? QueueDepth { get; init; }

    /// <summary>Messages dropped from the outbox since start (oldest sightings first when it is full).</summary>
    [JsonPropertyName("dropped")]
    public long? Dropped { get; init; }

    /// <summary>Process CPU use in percent of one core.</summary>
    [JsonPropertyName("cpuPercent")]
    public double? CpuPercent { get; init; }

    /// <summary>Process working set in MiB.</summary>
    [JsonPropertyName("memoryMb")]
    public double? MemoryMb { get; init; }

    /// <summary>What is wrong when <see cref="State"/> is degraded, and what to do.</summary>
    [JsonPropertyName("problem")]
    public string? Problem { get; init; }

    /// <inheritdoc />
    protected override string? ValidateBody() => Check.First(
        Check.Defined("state", State),
        Check.Optional("version", Version, 64),
        Check.Range("uptimeS", UptimeS, 0, long.MaxValue),
        Check.Range("advertsPerSecond", AdvertsPerSecond, 0, 1e9),
        Check.Range("queueDepth", QueueDepth, 0, long.MaxValue),
        Check.Range("dropped", Dropped, 0, long.MaxValue),
        Check.Range("cpuPercent", CpuPercent, 0, 100_000),
        Check.Range("memoryMb", MemoryMb, 0, 1_000_000),
        Check.Optional("problem", Problem, 1024));
}

using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>LE scan parameters of a BLE scanner.</summary>
public sealed record ScanSettings
{
    /// <summary>Active scanning (sends scan requests, gets scan responses) or passive.</summary>
    [JsonPropertyName("active")]
    public bool Active { get; init; }

    /// <summary>Scan interval in milliseconds (2.5 to 10,240, per the Core spec).</summary>
    [JsonPropertyName("intervalMs")]
    public double IntervalMs { get; set; } = 100;

    /// <summary>Scan window in milliseconds, at most the interval.</summary>
    [JsonPropertyName("windowMs")]
    public double WindowMs { get; set; } = 100;

    internal string? Validate() => Check.First(
        Check.Range("scan.intervalMs", IntervalMs, 2.5, 10_240),
        Check.Range("scan.windowMs", WindowMs, 2.5, 10_240),
        WindowMs > IntervalMs ? "scan.windowMs: must not exceed scan.intervalMs" : null);
}

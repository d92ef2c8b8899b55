using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>The BLE settings in force: local options, overridden field by field by the retained remote config.</summary>
public sealed record BleTuning
{
    public ScanSettings Scan { get; init; } = new() { Active = false, IntervalMs = 100, WindowMs = 100 };

    public TimeSpan PublishInterval { get; init; } = TimeSpan.FromSeconds(1);

    public int RssiWindow { get; init; } = 15;

    public TimeSpan ForgetAfter { get; init; } = TimeSpan.FromSeconds(30);

    public double RxOffsetDb { get; init; }

    /// <summary>Publish advertisers with no identity of their own (keyed by address), e.g. for site surveys.</summary>
    public bool PublishUnknown { get; init; }

    /// <summary>Applies the fields a remote config sets; the rest stay as they are.</summary>
    public BleTuning With(DeviceConfig config) => this with
    {
        Scan = config.Scan ?? Scan,
        PublishInterval = config.PublishIntervalMs is { } ms ? TimeSpan.FromMilliseconds(ms) : PublishInterval,
        RssiWindow = config.RssiWindow ?? RssiWindow,
        ForgetAfter = config.ForgetAfterS is { } s ? TimeSpan.FromSeconds(s) : ForgetAfter,
        RxOffsetDb = config.RxOffsetDb ?? RxOffsetDb,
    };
}

using System.ComponentModel.DataAnnotations;

namespace ScenarioEdge.Gateway.Security;

/// <summary>Authentication lifetimes and the limits that keep one client from starving the rest (section <c>Security</c>).</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>How long an app install token is valid; the app renews it before then.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "365.00:00:00")]
    public TimeSpan InstallTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Sustained messages per second one device may publish; above it publishes are refused (QuotaExceeded).</summary>
    [Range(1, 100_000)]
    public double DeviceMessagesPerSecond { get; set; } = 50;

    /// <summary>Burst a device may publish above its rate (e.g. an outbox draining after an outage).</summary>
    [Range(1, 1_000_000)]
    public double DeviceBurst { get; set; } = 2_000;

    [Range(0.1, 10_000)]
    public double AppMessagesPerSecond { get; set; } = 5;

    [Range(1, 100_000)]
    public double AppBurst { get; set; } = 50;

    /// <summary>Simultaneous MQTT connections one device, app install or observer may hold.</summary>
    [Range(1, 100)]
    public int MaxConnectionsPerClient { get; set; } = 2;

    /// <summary>Simultaneous MQTT connections in all.</summary>
    [Range(1, 1_000_000)]
    public int MaxConnections { get; set; } = 20_000;

    /// <summary>
    /// Longest an offline persistent MQTT session is kept, whatever the client asks for (MQTT 5 session expiry; MQTT 3.1.1
    /// clean session false, which asks for no end). Past it the session and its queued messages are deleted.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan MaxSessionExpiry { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Persistent MQTT sessions (distinct client ids) one device, app install or observer may hold at once.</summary>
    [Range(1, 100)]
    public int MaxPersistentSessionsPerClient { get; set; } = 2;

    /// <summary>Messages queued for an offline persistent session; later ones are dropped and counted.</summary>
    [Range(1, 1_000_000)]
    public int MaxQueuedMessagesPerOfflineSession { get; set; } = 1_000;

    /// <summary>Failed MQTT logins accepted per minute from one network address; beyond it the address is refused until the minute is over.</summary>
    [Range(1, 100_000)]
    public int FailedLoginsPerMinute { get; set; } = 30;

    /// <summary>Time a new MQTT connection has to send its CONNECT packet before it is closed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>App registrations accepted per minute from one network address.</summary>
    [Range(1, 10_000)]
    public int RegistrationsPerMinute { get; set; } = 30;
}

using System.ComponentModel.DataAnnotations;
using ScenarioEdge.Gateway.Broker;
using ScenarioEdge.Gateway.Security;

namespace ScenarioEdge.Gateway;

/// <summary>Where the gateway listens and keeps its data (section <c>Gateway</c>).</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>Folder of the LiteDB file and other state; relative paths are from the working directory.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Address the HTTP API listens on.</summary>
    [Required]
    public string HttpAddress { get; set; } = "0.0.0.0";

    /// <summary>HTTP port (0 picks a free one).</summary>
    [Range(0, 65535)]
    public int HttpPort { get; set; } = 8080;

    /// <summary>Whether the plain HTTP listener runs; switch it off once everything talks HTTPS.</summary>
    public bool HttpPlainEnabled { get; set; } = true;

    /// <summary>HTTPS port for the API and MQTT over WebSocket (<c>/mqtt</c>), on <see cref="HttpAddress"/>; needs <see cref="Tls"/>; 0 = off.</summary>
    [Range(0, 65535)]
    public int HttpsPort { get; set; } = 8443;

    /// <summary>The certificate of the TLS listeners; none set, no TLS listener runs.</summary>
    [Required]
    public TlsOptions Tls { get; set; } = new();

    [Required]
    public BrokerOptions Broker { get; set; } = new();

    /// <summary>
    /// How far ahead of the gateway's own clock an event time may be: a message dated later is refused
    /// (<c>future_time</c>), and no store's event time ever runs further ahead than this. Covers clock drift between
    /// devices and the gateway, and accelerated simulator runs up to this much ahead.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxClockSkewAhead { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Shutdown: how long accepted work may take to drain (scene changes kept and published, pushes recorded and
    /// published) before the broker stops. What is left then is recorded to finish after the restart, or counted in
    /// se_shutdown_dropped_total. The whole stop takes at most this plus 5 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ShutdownDrainTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Whether the HTTPS listener (API and MQTT over WebSocket) runs.</summary>
    public bool HttpsEnabled => Tls.Enabled && HttpsPort > 0;

    /// <summary>Whether the embedded broker listens for MQTT over TLS.</summary>
    public bool MqttTlsEnabled => Broker.Mode == BrokerMode.Embedded && Tls.Enabled && Broker.TlsPort > 0;

    /// <summary>Whether the embedded broker listens for plain MQTT.</summary>
    public bool MqttPlainEnabled => Broker.Mode == BrokerMode.Embedded && Broker.PlainEnabled;

    /// <summary>Path of the LiteDB file.</summary>
    public string DatabasePath => Path.Combine(DataDirectory, "scenarioedge.db");
}

namespace ScenarioEdge.EdgeAgent.Publishing;

/// <summary>Configuration section <c>Agent:Broker</c>.</summary>
public sealed class BrokerOptions
{
    public string Host { get; set; } = string.Empty;

    public int Port { get; set; } = 1883;

    public bool UseTls { get; set; }

    /// <summary>PEM file of the CA that signed the broker's certificate; the system store when empty.</summary>
    public string? CaCertificatePath { get; set; }

    /// <summary>MQTT username; the device id when empty.</summary>
    public string? Username { get; set; }

    /// <summary>The device secret.</summary>
    public string? Password { get; set; }

    /// <summary>MQTT client id; <c>{store}.{device}</c> when empty. Must stay the same across restarts for the persistent session.</summary>
    public string? ClientId { get; set; }

    /// <summary>How long the broker keeps this device's session while it is away.</summary>
    public int SessionExpiryS { get; set; } = 7 * 24 * 3600;

    public int KeepAliveS { get; set; } = 15;

    public int ConnectTimeoutS { get; set; } = 10;

    public int ReconnectMinMs { get; set; } = 1_000;

    public int ReconnectMaxMs { get; set; } = 60_000;

    /// <summary>First wait before publishing again a message nobody subscribed to (the gateway was not subscribed).</summary>
    public int NoSubscriberRetryMinMs { get; set; } = 250;

    /// <summary>Longest such wait: how late at most the outbox resumes after the gateway subscribed again.</summary>
    public int NoSubscriberRetryMaxMs { get; set; } = 5_000;
}

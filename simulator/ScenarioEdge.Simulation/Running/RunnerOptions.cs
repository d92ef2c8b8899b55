namespace ScenarioEdge.Simulation.Running;

/// <summary>How to run a scenario: the broker, the speed, and how clients log in.</summary>
public sealed class RunnerOptions
{
    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 1883;

    /// <summary>Scenario seconds per wall second.</summary>
    public double Speed { get; set; } = 1;

    /// <summary>Event time at scenario second 0; now when null.</summary>
    public DateTimeOffset? StartAt { get; set; }

    /// <summary>MQTT user name and password for a client id (device or app install); null to connect without.</summary>
    public Func<string, (string User, string Password)?>? Credentials { get; set; }

    /// <summary>Token key of a scenario shopper as the gateway issued it; null falls back to the scenario's own key.</summary>
    public Func<string, byte[]?>? TokenKeys { get; set; }

    /// <summary>Install id the gateway gave a scenario shopper's app at registration; null falls back to the scenario's install.</summary>
    public Func<string, string?>? Installs { get; set; }

    /// <summary>The gateway's HTTP base, for the scenario's alerts and decision expectations (with <see cref="ApiKey"/>).</summary>
    public Uri? Gateway { get; set; }

    /// <summary>An operator API key of <see cref="Gateway"/>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The gateway's pseudonymous id of a scenario shopper (for its decision log); null falls back to the scenario's id.</summary>
    public Func<string, string?>? GatewayShoppers { get; set; }

    /// <summary>Stop as soon as every expectation has passed, unless the scenario sets its own durationS.</summary>
    public bool StopWhenSettled { get; set; } = true;
}

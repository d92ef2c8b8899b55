namespace ScenarioEdge.Simulation.Scenarios;

/// <summary>A simulated shopper: app install, token key, consents and a journey.</summary>
public sealed class ShopperSpec
{
    /// <summary>Pseudonymous shopper id at the gateway.</summary>
    public string Id { get; set; } = "";

    /// <summary>App install id (MQTT client of the shopper's app).</summary>
    public string Install { get; set; } = "";

    /// <summary>Token key in hex (32 hex digits); derived from the scenario seed when absent.</summary>
    public string? Key { get; set; }

    /// <summary>Purposes consented to: presence, activity, offers, analytics.</summary>
    public List<string> Consent { get; set; } = ["presence", "offers"];

    public List<StepSpec> Journey { get; set; } = [];
}

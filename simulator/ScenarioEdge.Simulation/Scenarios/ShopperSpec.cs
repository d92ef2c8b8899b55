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

    /// <summary>Purposes consented to: presence, activity, offers (given by the shopper's app at registration).</summary>
    public List<string> Consent { get; set; } = ["presence", "offers"];

    /// <summary>Advertiser id of a registered wearable (heart-rate strap or footpod), if the shopper wears one.</summary>
    public string? Wearable { get; set; }

    /// <summary>Resting heart rate in bpm, when the shopper's app knows it.</summary>
    public int? RestingHr { get; set; }

    /// <summary>Maximum heart rate in bpm, when the shopper's app knows it.</summary>
    public int? MaxHr { get; set; }

    public List<StepSpec> Journey { get; set; } = [];
}

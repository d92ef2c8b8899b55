namespace ScenarioEdge.Gateway.Security;

/// <summary>Who is on the other end of an MQTT connection.</summary>
public enum PrincipalKind
{
    /// <summary>An edge device of one store, by its provisioned secret.</summary>
    Device,
    /// <summary>One install of the shopper app, by its signed install token.</summary>
    App,
    /// <summary>A read-only observer (e.g. mosquitto_sub for an operator).</summary>
    Observer,
}

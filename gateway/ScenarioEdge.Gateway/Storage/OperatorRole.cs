namespace ScenarioEdge.Gateway.Storage;

/// <summary>Roles of operator API keys; each includes the rights of the ones before it.</summary>
public enum OperatorRole
{
    /// <summary>Reads stores, devices, metrics and scene timelines.</summary>
    Viewer,
    /// <summary>Also provisions stores and devices and revokes devices.</summary>
    Operator,
    /// <summary>Also manages API keys and MQTT observers and handles shoppers' data requests.</summary>
    Admin,
}

namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>How the scanner binds the adapter.</summary>
public enum HciChannel
{
    /// <summary>Shares the adapter with BlueZ (HCI_CHANNEL_RAW); the adapter must be up.</summary>
    Raw = 0,
    /// <summary>Takes the adapter exclusively (HCI_CHANNEL_USER); the adapter must be down and BlueZ must not use it.</summary>
    User = 1,
}

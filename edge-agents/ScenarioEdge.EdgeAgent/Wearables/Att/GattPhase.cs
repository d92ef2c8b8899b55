namespace ScenarioEdge.EdgeAgent.Wearables.Att;

/// <summary>Where the GATT client is in setting up a connection.</summary>
internal enum GattPhase
{
    Idle,
    ExchangingMtu,
    DiscoveringServices,
    DiscoveringCharacteristics,
    DiscoveringDescriptors,
    EnablingNotifications,
    /// <summary>Notifications are enabled on at least one measurement.</summary>
    Ready,
    /// <summary>The peer answered something the client cannot go on from; the connection should be dropped.</summary>
    Failed,
}

namespace ScenarioEdge.EdgeAgent.Wearables;

/// <summary>A registered wearable: its pseudonymous advertiser id (all that is published) and its BLE address.</summary>
internal sealed record WearableDevice(string Adv, WearableAddress Address);

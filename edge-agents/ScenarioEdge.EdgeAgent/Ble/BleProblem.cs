namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>Why the adapter cannot be used right now.</summary>
public enum BleProblem
{
    NoBluetoothSupport,
    AdapterMissing,
    AdapterDown,
    AdapterBusy,
    PermissionDenied,
    ControllerRejected,
    IoError,
}

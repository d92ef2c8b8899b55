namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>Where HCI events come from.</summary>
public enum BleScannerSource
{
    /// <summary>The adapter, through a raw HCI socket.</summary>
    Hci,
    /// <summary>Recorded packets from <see cref="BleOptions.ReplayFile"/>.</summary>
    Replay,
    /// <summary>A synthetic crowd at <see cref="BleOptions.SyntheticRate"/> adverts/s (load and memory measurements).</summary>
    Synthetic,
}

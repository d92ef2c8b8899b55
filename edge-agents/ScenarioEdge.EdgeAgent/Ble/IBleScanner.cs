namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>
/// The BLE seam: something that delivers HCI event packets. The Linux implementation reads a raw HCI socket; the
/// replay implementations feed recorded or synthetic packets. Throws <see cref="BleScannerException"/> when the
/// adapter cannot be used, with what to do about it.
/// </summary>
public interface IBleScanner
{
    /// <summary>Scans until cancelled (then returns) or until the adapter fails (then throws).</summary>
    Task ScanAsync(ScanRequest request, IHciEventSink sink, CancellationToken cancellationToken);
}

namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>
/// Replays recorded HCI event packets (e.g. captured with <c>btmon -w</c> and exported as hex, one packet per line),
/// then idles until cancelled, like an adapter that went quiet.
/// </summary>
public sealed class ReplayHciScanner(IReadOnlyList<byte[]> packets) : IBleScanner
{
    /// <summary>Reads one hex-encoded packet per line; blank lines and lines starting with '#' are skipped.</summary>
    public static ReplayHciScanner FromHexFile(string path) => new(
        [.. File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => Convert.FromHexString(l.Replace(" ", string.Empty, StringComparison.Ordinal)))]);

    public async Task ScanAsync(ScanRequest request, IHciEventSink sink, CancellationToken cancellationToken)
    {
        foreach (var packet in packets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sink.OnHciEvent(packet);
        }

        await Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }
}

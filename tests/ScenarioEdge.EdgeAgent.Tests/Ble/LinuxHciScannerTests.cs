using Microsoft.Extensions.Logging.Abstractions;
using ScenarioEdge.EdgeAgent.Ble;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Tests.Ble;

public class LinuxHciScannerTests
{
    [Fact]
    public async Task ScanAsync_AdapterThatCannotBeUsed_ThrowsWithAdviceInsteadOfCrashing()
    {
        // hci15 does not exist on a test machine; depending on the kernel and capabilities the socket call, the bind
        // or the permission check refuses it. Each must come back as a problem with advice.
        var scanner = new LinuxHciScanner(NullLogger<LinuxHciScanner>.Instance);

        var error = await Assert.ThrowsAsync<BleScannerException>(() =>
            scanner.ScanAsync(new ScanRequest(15, HciChannel.Raw, new ScanSettings()), new NullSink(), CancellationToken.None));

        Assert.Contains(error.Problem, new[] { BleProblem.NoBluetoothSupport, BleProblem.AdapterMissing, BleProblem.PermissionDenied });
        Assert.Contains("hci15", error.Message, StringComparison.Ordinal);
    }

    private sealed class NullSink : IHciEventSink
    {
        public void OnHciEvent(ReadOnlySpan<byte> packet)
        {
        }
    }
}

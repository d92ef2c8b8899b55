using ScenarioEdge.EdgeAgent.Ble;

namespace ScenarioEdge.EdgeAgent.Tests.Ble;

public class HciErrorAdviceTests
{
    [Theory]
    [InlineData(1, HciChannel.Raw, BleProblem.PermissionDenied, "setcap")]
    [InlineData(13, HciChannel.Raw, BleProblem.PermissionDenied, "AmbientCapabilities=CAP_NET_RAW CAP_NET_ADMIN")]
    [InlineData(19, HciChannel.Raw, BleProblem.AdapterMissing, "Agent:Ble:AdapterIndex")]
    [InlineData(100, HciChannel.Raw, BleProblem.AdapterDown, "sudo hciconfig hci0 up")]
    [InlineData(16, HciChannel.User, BleProblem.AdapterBusy, "systemctl stop bluetooth")]
    [InlineData(97, HciChannel.Raw, BleProblem.NoBluetoothSupport, "modprobe bluetooth")]
    public void For_Errno_NamesProblemAndWhatToDo(int errno, HciChannel channel, BleProblem problem, string advice)
    {
        var error = HciErrorAdvice.For(errno, "Binding the HCI socket", "hci0", channel);

        Assert.Equal(problem, error.Problem);
        Assert.Contains(advice, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForStatus_CommandDisallowed_SaysBlueZHoldsTheAdapter()
    {
        var error = HciErrorAdvice.ForStatus(HciCommands.LeSetScanEnable, HciCommands.StatusCommandDisallowed, "hci0");

        Assert.Equal(BleProblem.AdapterBusy, error.Problem);
        Assert.Contains("BlueZ", error.Message, StringComparison.Ordinal);
    }
}

namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>Turns a failed socket call on the HCI socket into a problem and a sentence saying what to do.</summary>
internal static class HciErrorAdvice
{
    private const int EPERM = 1;
    private const int EBUSY = 16;
    private const int ENODEV = 19;
    private const int EACCES = 13;
    private const int EAFNOSUPPORT = 97;
    private const int ENETDOWN = 100;
    private const int ERFKILL = 132;

    public static BleScannerException For(int errno, string operation, string adapter, HciChannel channel) => errno switch
    {
        EPERM or EACCES => new(BleProblem.PermissionDenied,
            $"{operation} on {adapter} was refused (errno {errno}): the agent lacks CAP_NET_RAW and CAP_NET_ADMIN. " +
            "Run it from the systemd unit in deploy/edge (AmbientCapabilities=CAP_NET_RAW CAP_NET_ADMIN), or grant them to the binary " +
            "with 'sudo setcap cap_net_raw,cap_net_admin+eip <path to dotnet or the app host>'."),
        ENODEV => new(BleProblem.AdapterMissing,
            $"Bluetooth adapter {adapter} does not exist (errno {errno}). Check 'hciconfig -a' or 'btmgmt info' for the adapter's index, " +
            "plug the dongle in, or set Agent:Ble:AdapterIndex."),
        ENETDOWN => new(BleProblem.AdapterDown,
            $"Bluetooth adapter {adapter} is down (errno {errno}). Bring it up with 'sudo hciconfig {adapter} up' (or 'sudo btmgmt --index {adapter[3..]} power on'); " +
            "if it is blocked, 'sudo rfkill unblock bluetooth'."),
        ERFKILL => new(BleProblem.AdapterDown,
            $"Bluetooth adapter {adapter} is blocked by rfkill (errno {errno}). Unblock it with 'sudo rfkill unblock bluetooth'."),
        EBUSY when channel == HciChannel.User => new(BleProblem.AdapterBusy,
            $"Bluetooth adapter {adapter} is busy (errno {errno}): the user channel needs it down and unused. " +
            $"Stop BlueZ with 'sudo systemctl stop bluetooth' and run 'sudo hciconfig {adapter} down', or set Agent:Ble:Channel=Raw to share it with BlueZ."),
        EBUSY => new(BleProblem.AdapterBusy,
            $"Bluetooth adapter {adapter} is busy (errno {errno}): another program holds it. Stop it (e.g. 'sudo systemctl stop bluetooth') or use another adapter."),
        EAFNOSUPPORT => new(BleProblem.NoBluetoothSupport,
            $"Cannot scan on {adapter}: this kernel has no Bluetooth sockets (errno {errno}): load the module with 'sudo modprobe bluetooth', " +
            "or, in a container, run with the host network and the bluetooth device passed through."),
        _ => new(BleProblem.IoError,
            $"{operation} on {adapter} failed with errno {errno}. Check 'dmesg' and 'hciconfig -a'; the agent keeps retrying."),
    };

    /// <summary>The controller refused a command with an HCI status code.</summary>
    public static BleScannerException ForStatus(ushort opcode, byte status, string adapter) => status switch
    {
        HciCommands.StatusCommandDisallowed => new(BleProblem.AdapterBusy,
            $"{adapter} refused HCI command 0x{opcode:x4} (Command Disallowed): another host, usually BlueZ, is scanning or advertising on it. " +
            $"Stop discovery in BlueZ ('sudo systemctl stop bluetooth'), or take the adapter exclusively with Agent:Ble:Channel=User after 'sudo hciconfig {adapter} down'."),
        _ => new(BleProblem.ControllerRejected,
            $"{adapter} refused HCI command 0x{opcode:x4} with status 0x{status:x2}. Check the scan settings (interval and window) and 'dmesg'; the agent keeps retrying."),
    };
}

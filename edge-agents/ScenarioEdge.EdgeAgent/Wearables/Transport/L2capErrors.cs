namespace ScenarioEdge.EdgeAgent.Wearables.Transport;

/// <summary>What a failed L2CAP call means for a wearable connection, and what to do about it.</summary>
internal static class L2capErrors
{
    public static AttTransportException For(int errno, string action, WearableAddress address) => new(errno switch
    {
        1 or 13 => $"{action} to {address}: permission denied; the agent lacks CAP_NET_RAW/CAP_NET_ADMIN (use the systemd unit)",
        16 => $"{action} to {address}: adapter busy (errno 16); another connection attempt is pending on it",
        19 => $"{action} to {address}: no Bluetooth adapter (errno 19); GATT needs the kernel stack: Agent:Ble:Channel must be Raw",
        97 => $"{action} to {address}: no Bluetooth in this kernel or container (errno 97)",
        103 or 104 or 107 => $"{action} to {address}: the link was dropped (errno {errno})",
        110 => $"{action} to {address}: timed out (errno 110); out of range, or connected to another device",
        111 => $"{action} to {address}: refused (errno 111)",
        112 or 113 => $"{action} to {address}: device not reachable (errno {errno}); out of range or not advertising",
        _ => $"{action} to {address}: errno {errno}",
    });
}

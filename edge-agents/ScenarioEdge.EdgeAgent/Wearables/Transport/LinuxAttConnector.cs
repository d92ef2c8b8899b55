using System.Runtime.InteropServices;
using ScenarioEdge.EdgeAgent.Ble;

namespace ScenarioEdge.EdgeAgent.Wearables.Transport;

/// <summary>
/// Connects an L2CAP LE socket to a wearable's ATT channel (CID 4). The kernel creates the LE link; the adapter is the
/// kernel's route to the peer (BDADDR_ANY), which is why this needs the scanner on the raw channel, not the user
/// channel. Only moves bytes; untested here for want of an adapter.
/// </summary>
internal sealed class LinuxAttConnector : IAttConnector
{
    public Task<IAttChannel> ConnectAsync(WearableAddress address, TimeSpan timeout, CancellationToken cancellationToken) =>
        Task.Factory.StartNew<IAttChannel>(() => Connect(address, timeout, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static LinuxAttChannel Connect(WearableAddress address, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var fd = L2capNative.Socket(HciNative.AfBluetooth, L2capNative.SockSeqPacket | HciNative.SockCloexec | L2capNative.SockNonBlock, L2capNative.BtprotoL2cap);
        if (fd < 0)
        {
            throw L2capErrors.For(Marshal.GetLastPInvokeError(), "Opening an L2CAP socket", address);
        }

        try
        {
            var size = Marshal.SizeOf<L2capNative.SockAddrL2>();
            if (L2capNative.Bind(fd, L2capNative.SockAddrL2.Att(0, L2capNative.BdaddrLePublic), size) < 0)
            {
                throw L2capErrors.For(Marshal.GetLastPInvokeError(), "Binding the L2CAP socket", address);
            }

            var peer = L2capNative.SockAddrL2.Att(address.Value, address.Random ? L2capNative.BdaddrLeRandom : L2capNative.BdaddrLePublic);
            if (L2capNative.Connect(fd, peer, size) < 0 && Marshal.GetLastPInvokeError() is var errno && errno != L2capNative.EINPROGRESS)
            {
                throw L2capErrors.For(errno, "Connecting", address);
            }

            WaitConnected(fd, address, timeout, cancellationToken);
            var channel = new LinuxAttChannel(fd, address);
            fd = -1;
            return channel;
        }
        finally
        {
            if (fd >= 0)
            {
                HciNative.Close(fd);
            }
        }
    }

    private static void WaitConnected(int fd, WearableAddress address, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Environment.TickCount64 >= deadline)
            {
                throw new AttTransportException($"Connecting to {address}: no connection within {timeout.TotalSeconds:0} s; out of range, or connected to another device");
            }

            var poll = new HciNative.PollFd { Fd = fd, Events = L2capNative.PollOut };
            var ready = HciNative.Poll(ref poll, 1, 250);
            if (ready < 0 && Marshal.GetLastPInvokeError() is var errno && errno != HciNative.EINTR)
            {
                throw L2capErrors.For(errno, "Waiting for the connection", address);
            }

            if (ready > 0)
            {
                var length = sizeof(int);
                L2capNative.GetSockOpt(fd, L2capNative.SolSocket, L2capNative.SoError, out var error, ref length);
                if (error != 0)
                {
                    throw L2capErrors.For(error, "Connecting", address);
                }

                return;
            }
        }
    }
}

using System.Runtime.InteropServices;
using ScenarioEdge.EdgeAgent.Ble;

namespace ScenarioEdge.EdgeAgent.Wearables.Transport;

/// <summary>A connected L2CAP ATT socket: one read is one PDU. Reads poll in short slices so cancellation is prompt.</summary>
internal sealed class LinuxAttChannel(int fd, WearableAddress address) : IAttChannel
{
    private const int PollMs = 250;
    private const short PollHangUp = 0x010;
    private const int EAGAIN = 11;
    private int descriptor = fd;

    public ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken) =>
        new(Task.Run(() => Receive(buffer, cancellationToken), cancellationToken));

    public ValueTask SendAsync(ReadOnlyMemory<byte> pdu, CancellationToken cancellationToken)
    {
        if (HciNative.Write(descriptor, pdu.Span, pdu.Length) < 0)
        {
            throw L2capErrors.For(Marshal.GetLastPInvokeError(), "Writing an ATT PDU", address);
        }

        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        var old = Interlocked.Exchange(ref descriptor, -1);
        if (old >= 0)
        {
            HciNative.Close(old);
        }
    }

    private int Receive(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var poll = new HciNative.PollFd { Fd = descriptor, Events = HciNative.PollIn };
            var ready = HciNative.Poll(ref poll, 1, PollMs);
            if (ready == 0 || (ready < 0 && Marshal.GetLastPInvokeError() == HciNative.EINTR))
            {
                continue;
            }

            var read = HciNative.Read(descriptor, buffer.Span, buffer.Length);
            if (read >= 0)
            {
                return (int)read;
            }

            var errno = Marshal.GetLastPInvokeError();
            if (errno is EAGAIN or HciNative.EINTR)
            {
                if ((poll.Revents & PollHangUp) != 0)
                {
                    return 0;
                }

                continue;
            }

            throw L2capErrors.For(errno, "Reading", address);
        }
    }
}

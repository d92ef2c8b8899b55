using System.Runtime.InteropServices;

namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>libc calls for the Bluetooth HCI socket (linux/net/bluetooth/hci_sock.c); nothing but byte translation.</summary>
internal static partial class HciNative
{
    public const int AfBluetooth = 31;
    public const int SockRaw = 3;
    public const int SockCloexec = 0x80000;
    public const int BtprotoHci = 1;
    public const int SolHci = 0;
    public const int HciFilter = 2;
    public const short PollIn = 0x001;
    public const int EINTR = 4;
    public const int EAGAIN = 11;

    [LibraryImport("libc", EntryPoint = "socket", SetLastError = true)]
    public static partial int Socket(int domain, int type, int protocol);

    [LibraryImport("libc", EntryPoint = "bind", SetLastError = true)]
    public static partial int Bind(int fd, in SockAddrHci address, int length);

    [LibraryImport("libc", EntryPoint = "setsockopt", SetLastError = true)]
    public static partial int SetSockOpt(int fd, int level, int name, in HciUFilter value, int length);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    public static partial nint Write(int fd, ReadOnlySpan<byte> buffer, nint count);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int fd, Span<byte> buffer, nint count);

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    public static partial int Poll(ref PollFd fds, nuint count, int timeoutMs);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    /// <summary>struct sockaddr_hci.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct SockAddrHci
    {
        public ushort Family;
        public ushort Device;
        public ushort Channel;
    }

    /// <summary>struct hci_ufilter: packet types, event codes, opcode.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct HciUFilter
    {
        public uint TypeMask;
        public uint EventMask0;
        public uint EventMask1;
        public ushort Opcode;
        public ushort Padding;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }
}

using System.Runtime.InteropServices;

namespace ScenarioEdge.EdgeAgent.Wearables.Transport;

/// <summary>libc calls for an L2CAP LE socket on the ATT fixed channel (linux/net/bluetooth/l2cap_sock.c); read,
/// write, poll and close are the HCI scanner's.</summary>
internal static partial class L2capNative
{
    public const int SockSeqPacket = 5;
    public const int SockNonBlock = 0x800;
    public const int BtprotoL2cap = 0;
    public const ushort AttCid = 4;
    public const byte BdaddrLePublic = 1;
    public const byte BdaddrLeRandom = 2;
    public const int SolSocket = 1;
    public const int SoError = 4;
    public const short PollOut = 0x004;
    public const int EINPROGRESS = 115;

    [LibraryImport("libc", EntryPoint = "socket", SetLastError = true)]
    public static partial int Socket(int domain, int type, int protocol);

    [LibraryImport("libc", EntryPoint = "bind", SetLastError = true)]
    public static partial int Bind(int fd, in SockAddrL2 address, int length);

    [LibraryImport("libc", EntryPoint = "connect", SetLastError = true)]
    public static partial int Connect(int fd, in SockAddrL2 address, int length);

    [LibraryImport("libc", EntryPoint = "getsockopt", SetLastError = true)]
    public static partial int GetSockOpt(int fd, int level, int name, out int value, ref int length);

    /// <summary>struct sockaddr_l2: family, PSM (0 for a fixed channel), bdaddr (LSB first), CID, address type.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct SockAddrL2
    {
        public ushort Family;
        public ushort Psm;
        public byte B0;
        public byte B1;
        public byte B2;
        public byte B3;
        public byte B4;
        public byte B5;
        public ushort Cid;
        public byte AddressType;

        public static SockAddrL2 Att(ulong address, byte addressType) => new()
        {
            Family = Ble.HciNative.AfBluetooth,
            B0 = (byte)address,
            B1 = (byte)(address >> 8),
            B2 = (byte)(address >> 16),
            B3 = (byte)(address >> 24),
            B4 = (byte)(address >> 32),
            B5 = (byte)(address >> 40),
            Cid = AttCid,
            AddressType = addressType,
        };
    }
}

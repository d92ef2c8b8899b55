using System.Buffers.Binary;
using System.Globalization;

namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>48-bit device addresses as <see cref="ulong"/>: HCI carries them least significant byte first.</summary>
internal static class BluetoothAddress
{
    /// <summary>Reads the 6 little-endian address bytes of an HCI event.</summary>
    public static ulong Read(ReadOnlySpan<byte> sixBytes) =>
        BinaryPrimitives.ReadUInt32LittleEndian(sixBytes) | ((ulong)BinaryPrimitives.ReadUInt16LittleEndian(sixBytes[4..]) << 32);

    /// <summary>Writes the address as HCI carries it.</summary>
    public static void Write(ulong address, Span<byte> sixBytes)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(sixBytes, (uint)address);
        BinaryPrimitives.WriteUInt16LittleEndian(sixBytes[4..], (ushort)(address >> 32));
    }

    /// <summary>The usual most-significant-first form, <c>C0:FF:EE:00:11:22</c>.</summary>
    public static string Format(ulong address) => string.Create(17, address, static (chars, a) =>
    {
        for (var i = 0; i < 6; i++)
        {
            var b = (byte)(a >> ((5 - i) * 8));
            chars[i * 3] = "0123456789ABCDEF"[b >> 4];
            chars[(i * 3) + 1] = "0123456789ABCDEF"[b & 0xF];
            if (i < 5)
            {
                chars[(i * 3) + 2] = ':';
            }
        }
    });

    public static bool TryParse(string text, out ulong address)
    {
        address = 0;
        var parts = text.Split(':');
        if (parts.Length != 6)
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (part.Length != 2 || !byte.TryParse(part, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
            {
                return false;
            }

            address = (address << 8) | b;
        }

        return true;
    }
}

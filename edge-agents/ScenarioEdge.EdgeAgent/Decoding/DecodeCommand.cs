using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ScenarioEdge.EdgeAgent.Ble;

namespace ScenarioEdge.EdgeAgent.Decoding;

/// <summary>
/// The <c>decode</c> field-debugging command: each input line is the hex of one advertisement's AD data, optionally
/// prefixed by <c>address,</c> and/or <c>rssi,</c>; each output line is one JSON object with a <c>kind</c>, or an
/// <c>error</c> naming what is wrong with that line. Bad lines never stop the command.
/// </summary>
internal static class DecodeCommand
{
    // Field output is read by people: keep quotes and apostrophes readable; it never goes into HTML.
    private static readonly JsonWriterOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(TextReader input, TextWriter output, ushort shopperTokenUuid, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        var lineNumber = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(buffer, Readable))
            {
                json.WriteStartObject();
                DescribeLine(json, text, lineNumber, shopperTokenUuid);
                json.WriteEndObject();
            }

            await output.WriteLineAsync(Encoding.UTF8.GetString(buffer.WrittenSpan).AsMemory(), cancellationToken);
        }

        await output.FlushAsync(cancellationToken);
        return 0;
    }

    private static void DescribeLine(Utf8JsonWriter json, string text, int lineNumber, ushort shopperTokenUuid)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length > 3)
        {
            WriteError(json, lineNumber, $"expected '[address,][rssi,]hex', found {parts.Length - 1} commas");
            return;
        }

        string? address = null;
        int? rssi = null;
        foreach (var prefix in parts[..^1])
        {
            if (prefix.Contains(':', StringComparison.Ordinal) && address is null && rssi is null)
            {
                if (!BluetoothAddress.TryParse(prefix, out _))
                {
                    WriteError(json, lineNumber, $"address '{prefix}' is not six ':'-separated hex bytes such as C0:FF:EE:00:11:22");
                    return;
                }

                address = prefix.ToUpperInvariant();
            }
            else if (int.TryParse(prefix, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value is >= -127 and <= 20 && rssi is null)
            {
                rssi = value;
            }
            else
            {
                WriteError(json, lineNumber, $"prefix '{prefix}' is neither an address (C0:FF:EE:00:11:22) nor an RSSI in dBm (-127..20)");
                return;
            }
        }

        var hex = parts[^1].Replace(" ", string.Empty, StringComparison.Ordinal);
        if (hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            hex = hex[2..];
        }

        var error = CheckHex(hex);
        if (error is not null)
        {
            WriteError(json, lineNumber, error);
            return;
        }

        if (address is not null)
        {
            json.WriteString("address", address);
        }

        if (rssi is { } r)
        {
            json.WriteNumber("rssi", r);
        }

        AdvertDescriber.Describe(json, Convert.FromHexString(hex), shopperTokenUuid);
    }

    private static string? CheckHex(string hex)
    {
        if (hex.Length == 0)
        {
            return "hex: no advertisement data";
        }

        for (var i = 0; i < hex.Length; i++)
        {
            if (!char.IsAsciiHexDigit(hex[i]))
            {
                return $"hex: '{hex[i]}' at position {i + 1} is not a hex digit";
            }
        }

        if (hex.Length % 2 != 0)
        {
            return $"hex: odd number of digits ({hex.Length}); each byte needs two";
        }

        return hex.Length > 2 * 255 ? $"hex: {hex.Length / 2} bytes, more than the 255 an extended advertisement report carries" : null;
    }

    private static void WriteError(Utf8JsonWriter json, int lineNumber, string error)
    {
        json.WriteNumber("line", lineNumber);
        json.WriteString("error", error);
    }
}

using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ScenarioEdge.EdgeAgent.Decoding;

/// <summary>
/// Writes everything the decoders find in one advertisement as a JSON object, for field debugging (the
/// <c>decode</c> command). Allocates freely; the hot path uses <see cref="AdvertClassifier"/> instead.
/// </summary>
internal static class AdvertDescriber
{
    public static void Describe(Utf8JsonWriter json, ReadOnlySpan<byte> data, ushort shopperTokenUuid)
    {
        var identity = AdvertClassifier.Classify(data, shopperTokenUuid);
        json.WriteString("kind", KindName(identity.Kind));
        var uuids = new List<string>();
        var reader = new AdStructureReader(data);
        while (reader.MoveNext())
        {
            var body = reader.Data;
            switch (reader.Type)
            {
                case AdType.Flags when body.Length >= 1:
                    json.WriteNumber("flags", body[0]);
                    break;
                case AdType.ShortenedLocalName or AdType.CompleteLocalName:
                    json.WriteString("localName", Encoding.UTF8.GetString(body));
                    break;
                case AdType.TxPowerLevel when body.Length == 1:
                    json.WriteNumber("txPowerLevel", (sbyte)body[0]);
                    break;
                case AdType.Incomplete16BitUuids or AdType.Complete16BitUuids:
                    AddUuids(uuids, body, 2);
                    break;
                case AdType.Incomplete32BitUuids or AdType.Complete32BitUuids:
                    AddUuids(uuids, body, 4);
                    break;
                case AdType.Incomplete128BitUuids or AdType.Complete128BitUuids:
                    AddUuids(uuids, body, 16);
                    break;
                case AdType.ManufacturerData when body.Length >= 2:
                    WriteManufacturer(json, body);
                    break;
                case AdType.ServiceData16 when body.Length >= 2:
                    WriteServiceData(json, body, shopperTokenUuid);
                    break;
                case AdType.ServiceData32 when body.Length >= 4:
                    json.WriteString("serviceData", $"{Uuid(body[..4])}:{Hex(body[4..])}");
                    break;
                case AdType.ServiceData128 when body.Length >= 16:
                    json.WriteString("serviceData", $"{Uuid(body[..16])}:{Hex(body[16..])}");
                    break;
            }
        }

        if (uuids.Count > 0)
        {
            json.WriteStartArray("serviceUuids");
            uuids.ForEach(json.WriteStringValue);
            json.WriteEndArray();
        }

        if (reader.Truncated)
        {
            json.WriteBoolean("truncated", true);
        }
    }

    public static string KindName(AdvertKind kind) => kind switch
    {
        AdvertKind.IBeacon => "ibeacon",
        AdvertKind.AltBeacon => "altbeacon",
        AdvertKind.EddystoneUid => "eddystone-uid",
        AdvertKind.EddystoneUrl => "eddystone-url",
        AdvertKind.EddystoneTlm => "eddystone-tlm",
        AdvertKind.EddystoneEid => "eddystone-eid",
        AdvertKind.ShopperToken => "shopper-token",
        _ => "unknown",
    };

    /// <summary>A UUID from its little-endian air bytes: 16- and 32-bit as hex numbers, 128-bit in the usual 8-4-4-4-12 form.</summary>
    public static string Uuid(ReadOnlySpan<byte> littleEndian)
    {
        Span<byte> be = stackalloc byte[littleEndian.Length];
        littleEndian.CopyTo(be);
        be.Reverse();
        var hex = Hex(be);
        return be.Length == 16 ? $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}" : hex;
    }

    /// <summary>A 16-byte UUID already in big-endian order (iBeacon) in 8-4-4-4-12 form.</summary>
    public static string UuidBigEndian(ReadOnlySpan<byte> bigEndian)
    {
        var hex = Hex(bigEndian);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    private static void AddUuids(List<string> uuids, ReadOnlySpan<byte> body, int size)
    {
        for (var at = 0; at + size <= body.Length; at += size)
        {
            uuids.Add(Uuid(body.Slice(at, size)));
        }
    }

    private static void WriteManufacturer(Utf8JsonWriter json, ReadOnlySpan<byte> body)
    {
        if (IBeaconFrame.TryParse(body, out var ibeacon))
        {
            json.WriteString("uuid", UuidBigEndian(ibeacon.Uuid));
            json.WriteNumber("major", ibeacon.Major);
            json.WriteNumber("minor", ibeacon.Minor);
            json.WriteNumber("txPower", ibeacon.MeasuredPower);
        }
        else if (AltBeaconFrame.TryParse(body, out var alt))
        {
            json.WriteString("beaconId", Hex(alt.BeaconId));
            json.WriteNumber("refRssi", alt.ReferenceRssi);
            json.WriteNumber("mfgReserved", alt.Reserved);
        }

        json.WriteString("companyId", BinaryPrimitives.ReadUInt16LittleEndian(body).ToString("x4", CultureInfo.InvariantCulture));
        json.WriteString("manufacturerData", Hex(body[2..]));
    }

    private static void WriteServiceData(Utf8JsonWriter json, ReadOnlySpan<byte> body, ushort shopperTokenUuid)
    {
        var uuid = BinaryPrimitives.ReadUInt16LittleEndian(body);
        var rest = body[2..];
        if (uuid == shopperTokenUuid && ShopperTokenFrame.TryParse(rest, out var token))
        {
            json.WriteString("token", Hex(token.Token));
            if (token.ReferenceRssi is { } reference)
            {
                json.WriteNumber("refRssi", reference);
            }
        }
        else if (uuid == EddystoneFrame.ServiceUuid && EddystoneFrame.TryParse(rest, out var frame))
        {
            WriteEddystone(json, frame);
        }

        json.WriteString("serviceData", $"{uuid:x4}:{Hex(rest)}");
    }

    private static void WriteEddystone(Utf8JsonWriter json, EddystoneFrame frame)
    {
        switch (frame.Type)
        {
            case EddystoneFrameType.Uid:
                json.WriteString("namespace", Hex(frame.Uid[..10]));
                json.WriteString("instance", Hex(frame.Uid[10..]));
                json.WriteNumber("txPower", frame.TxPowerAt0m);
                break;
            case EddystoneFrameType.Eid:
                json.WriteString("eid", Hex(frame.Eid));
                json.WriteNumber("txPower", frame.TxPowerAt0m);
                break;
            case EddystoneFrameType.Url:
                var url = EddystoneUrl.TryExpand(frame.EncodedUrl, out var error);
                json.WriteString(url is null ? "urlError" : "url", url ?? error);
                json.WriteNumber("txPower", frame.TxPowerAt0m);
                break;
            case EddystoneFrameType.Tlm when frame.IsPlainTlm:
                json.WriteNumber("batteryMv", frame.BatteryMv);
                if (frame.TemperatureC is { } t)
                {
                    json.WriteNumber("temperatureC", t);
                }

                json.WriteNumber("advCount", frame.AdvCount);
                json.WriteNumber("uptimeS", frame.UptimeTenths / 10.0);
                break;
            case EddystoneFrameType.Tlm:
                json.WriteBoolean("encrypted", true);
                break;
        }
    }
}

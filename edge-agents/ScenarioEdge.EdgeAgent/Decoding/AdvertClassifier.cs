using System.Buffers.Binary;

namespace ScenarioEdge.EdgeAgent.Decoding;

/// <summary>
/// The hot-path decoder: one pass over the AD structures, no allocation. A vendor's company id, a service UUID or a
/// URL names a class of devices, never one device, so those alone never become an identity: such adverts stay
/// <see cref="AdvertKind.Unknown"/> (or URL/TLM) and are told apart by their address only.
/// </summary>
internal static class AdvertClassifier
{
    // Eddystone 0 m TX power to the 1 m reference: free-space loss at 1 m for 2.4 GHz (Eddystone spec).
    private const int EddystoneOneMetreLoss = 41;

    public static AdvertIdentity Classify(ReadOnlySpan<byte> data, ushort shopperTokenUuid)
    {
        var kind = AdvertKind.Unknown;
        ReadOnlySpan<byte> id = default;
        sbyte? reference = null;
        sbyte? txPowerLevel = null;
        var reader = new AdStructureReader(data);
        while (reader.MoveNext())
        {
            var body = reader.Data;
            switch (reader.Type)
            {
                case AdType.TxPowerLevel when body.Length == 1:
                    txPowerLevel = (sbyte)body[0];
                    break;
                case AdType.ManufacturerData when Rank(kind) < Rank(AdvertKind.IBeacon):
                    if (IBeaconFrame.TryParse(body, out var ibeacon))
                    {
                        kind = AdvertKind.IBeacon;
                        id = ibeacon.Identity;
                        reference = ibeacon.MeasuredPower;
                    }
                    else if (AltBeaconFrame.TryParse(body, out var alt) && Rank(kind) < Rank(AdvertKind.AltBeacon))
                    {
                        kind = AdvertKind.AltBeacon;
                        id = alt.BeaconId;
                        reference = alt.ReferenceRssi;
                    }

                    break;
                case AdType.ServiceData16 when body.Length >= 2:
                    var uuid = BinaryPrimitives.ReadUInt16LittleEndian(body);
                    if (uuid == shopperTokenUuid && ShopperTokenFrame.TryParse(body[2..], out var token))
                    {
                        kind = AdvertKind.ShopperToken;
                        id = token.Token;
                        reference = token.ReferenceRssi;
                    }
                    else if (uuid == EddystoneFrame.ServiceUuid && EddystoneFrame.TryParse(body[2..], out var eddystone))
                    {
                        var eddyKind = eddystone.Type switch
                        {
                            EddystoneFrameType.Uid => AdvertKind.EddystoneUid,
                            EddystoneFrameType.Eid => AdvertKind.EddystoneEid,
                            EddystoneFrameType.Url => AdvertKind.EddystoneUrl,
                            _ => AdvertKind.EddystoneTlm,
                        };
                        if (Rank(eddyKind) > Rank(kind))
                        {
                            kind = eddyKind;
                            id = eddyKind switch
                            {
                                AdvertKind.EddystoneUid => eddystone.Uid,
                                AdvertKind.EddystoneEid => eddystone.Eid,
                                _ => default,
                            };
                            reference = eddyKind == AdvertKind.EddystoneTlm ? null : (sbyte)Math.Max(sbyte.MinValue, eddystone.TxPowerAt0m - EddystoneOneMetreLoss);
                        }
                    }

                    break;
            }
        }

        return new AdvertIdentity(kind, id, reference, txPowerLevel);
    }

    // When one advert carries several frames, the most specific identity wins.
    private static int Rank(AdvertKind kind) => kind switch
    {
        AdvertKind.ShopperToken => 6,
        AdvertKind.IBeacon => 5,
        AdvertKind.AltBeacon => 4,
        AdvertKind.EddystoneUid => 3,
        AdvertKind.EddystoneEid => 3,
        AdvertKind.EddystoneUrl => 1,
        AdvertKind.EddystoneTlm => 1,
        _ => 0,
    };
}

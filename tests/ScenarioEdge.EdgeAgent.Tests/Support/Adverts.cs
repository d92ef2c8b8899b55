namespace ScenarioEdge.EdgeAgent.Tests.Support;

/// <summary>Advertisement payloads built from the published formats (Apple iBeacon, AltBeacon spec, Eddystone spec).</summary>
internal static class Adverts
{
    // Apple "Getting Started with iBeacon": flags, then manufacturer data 4C 00 02 15, UUID, major, minor, measured power.
    public const string IBeacon = "0201061AFF4C000215E2C56DB5DFFB48D2B060D0F5A71096E000010002C5";

    // AltBeacon spec 1.0: 1B FF, company 0x0118 (Radius Networks), BE AC, 20-byte id, reference RSSI C5, reserved 00.
    public const string AltBeacon = "1BFF1801BEAC2F234454CF6D4A0FADF2F4911BA9FFA600010002C500";

    // Eddystone-UID: service data 0xFEAA, frame 0x00, TX -24 dBm at 0 m, namespace 00..09, instance 0A..0F, RFU.
    public const string EddystoneUid = "0201060303AAFE1716AAFE00E800010203040506070809" + "0A0B0C0D0E0F" + "0000";

    // Eddystone-URL https://goo.gl/S6zT6P (the spec's example), TX -21 dBm.
    public const string EddystoneUrl = "0201060303AAFE1316AAFE10EB03676F6F2E676C2F53367A543650";

    // Eddystone-TLM: 3000 mV, 24.5 °C, 100 adverts, 300 tenths of a second.
    public const string EddystoneTlm = "0201060303AAFE1116AAFE20000BB81880000000640000012C";

    // Eddystone-EID, TX -16 dBm at 0 m.
    public const string EddystoneEid = "0201060303AAFE0D16AAFE30F00123456789ABCDEF";

    // Shopper token (docs/protocol.md, "Shopper tokens"): service data 0xFFF5, version 1, RSSI at 1 m -56 dBm, 16-byte token.
    public const string ShopperToken = "0201061516F5FF01C8" + Token;
    public const string Token = "00112233445566778899aabbccddeeff";

    // A generic device: complete local name "Sensor", 16-bit UUIDs 0x180D 0x180F, TX power level +4 dBm.
    public const string Generic = "070953656E736F720503" + "0D180F18" + "020A04";

    // Apple's "nearby info" manufacturer data: a vendor prefix shared by millions of phones, never an identity.
    public const string AppleNearby = "02011A0AFF4C001005031C0E5A4B";

    public static byte[] Bytes(string hex) => Convert.FromHexString(hex);
}

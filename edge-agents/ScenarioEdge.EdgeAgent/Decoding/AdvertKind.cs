namespace ScenarioEdge.EdgeAgent.Decoding;

/// <summary>What an advertisement was recognised as; finer than the protocol's <c>AdvertiserKind</c>.</summary>
public enum AdvertKind : byte
{
    Unknown,
    IBeacon,
    AltBeacon,
    EddystoneUid,
    EddystoneUrl,
    EddystoneTlm,
    EddystoneEid,
    ShopperToken,
}

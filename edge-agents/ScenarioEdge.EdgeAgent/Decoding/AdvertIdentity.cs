namespace ScenarioEdge.EdgeAgent.Decoding;

/// <summary>
/// What the hot path needs from one advertisement: its kind, the bytes that identify this one advertiser (empty
/// when only the address can, e.g. unknown adverts, URL and TLM frames), and calibration hints. Points into the
/// advert's own bytes; nothing is copied.
/// </summary>
internal readonly ref struct AdvertIdentity(AdvertKind kind, ReadOnlySpan<byte> id, sbyte? referenceRssi, sbyte? txPowerLevel)
{
    public AdvertKind Kind { get; } = kind;

    public ReadOnlySpan<byte> Id { get; } = id;

    /// <summary>RSSI at 1 m advertised by the frame itself (iBeacon measured power, AltBeacon reference, Eddystone TX at 0 m - 41).</summary>
    public sbyte? ReferenceRssi { get; } = referenceRssi;

    /// <summary>The TX Power Level AD structure, when present.</summary>
    public sbyte? TxPowerLevel { get; } = txPowerLevel;
}

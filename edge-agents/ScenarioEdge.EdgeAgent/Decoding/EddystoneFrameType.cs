namespace ScenarioEdge.EdgeAgent.Decoding;

/// <summary>Eddystone frame types (first byte of the service data under UUID 0xFEAA).</summary>
internal enum EddystoneFrameType : byte
{
    Uid = 0x00,
    Url = 0x10,
    Tlm = 0x20,
    Eid = 0x30,
}

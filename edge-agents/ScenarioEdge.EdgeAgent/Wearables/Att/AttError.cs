namespace ScenarioEdge.EdgeAgent.Wearables.Att;

/// <summary>ATT error codes (Core spec Vol 3 Part F, 3.4.1.1) the client acts on or names in its logs.</summary>
internal static class AttError
{
    public const byte InvalidHandle = 0x01;
    public const byte WriteNotPermitted = 0x03;
    public const byte InsufficientAuthentication = 0x05;
    public const byte RequestNotSupported = 0x06;
    public const byte AttributeNotFound = 0x0A;
    public const byte InsufficientEncryption = 0x0F;

    public static string Describe(byte code) => code switch
    {
        InvalidHandle => "invalid handle",
        WriteNotPermitted => "write not permitted",
        InsufficientAuthentication => "insufficient authentication (the device wants pairing)",
        RequestNotSupported => "request not supported",
        AttributeNotFound => "attribute not found",
        InsufficientEncryption => "insufficient encryption (the device wants pairing)",
        _ => $"ATT error 0x{code:x2}",
    };
}

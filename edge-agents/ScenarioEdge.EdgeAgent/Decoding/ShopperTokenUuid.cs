namespace ScenarioEdge.EdgeAgent.Decoding;

/// <summary>The shopper token service UUID for the <c>decode</c> command: <c>--shopper-uuid FFF5</c>, else the default.</summary>
internal static class ShopperTokenUuid
{
    public static ushort FromArgs(string[] args)
    {
        var at = Array.IndexOf(args, "--shopper-uuid");
        return at >= 0 && at + 1 < args.Length ? AgentOptionsValidator.ParseUuid16(args[at + 1]) : ShopperTokenFrame.DefaultServiceUuid;
    }
}

namespace ScenarioEdge.Campaigns.Content;

/// <summary>Content per channel with its templates parsed once at activation.</summary>
public sealed record CompiledContent(CompiledPush? Push, CompiledDisplay? Display)
{
    public Channels Channels => (Push is null ? Channels.None : Channels.AppPush) | (Display is null ? Channels.None : Channels.ShelfDisplay);
}

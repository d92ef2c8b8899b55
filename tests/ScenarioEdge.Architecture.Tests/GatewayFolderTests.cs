namespace ScenarioEdge.Architecture.Tests;

/// <summary>
/// Folders of the gateway are boundaries: no two may depend on each other, directly or round a loop. The edges that
/// lie on a loop today are listed; the architecture step (issue 16) cuts them, and the list may only shrink — a new
/// loop fails the build, and so does a listed edge that is gone (take it off the list, so it cannot come back).
/// The root namespace (the host that composes the folders) is not a folder.
/// </summary>
public sealed class GatewayFolderTests
{
    private static readonly string[] KnownCyclicEdges =
    [
        "Campaigns -> Delivery",
        "Delivery -> Campaigns",
    ];

    private static readonly Lazy<SortedSet<string>> Cyclic = new(() =>
        FolderGraph.Of(typeof(ScenarioEdge.Gateway.GatewayHost).Assembly, "ScenarioEdge.Gateway").CyclicEdges());

    [Fact]
    public void GatewayFolders_NoNewDependencyLoop()
    {
        var added = Cyclic.Value.Except(KnownCyclicEdges, StringComparer.Ordinal).ToList();

        Assert.True(added.Count == 0, $"new dependency loops between gateway folders (cut them with an event or an interface owned by the caller):\n{string.Join("\n", added)}");
    }

    [Fact]
    public void GatewayFolders_KnownLoopsCut_TakenOffTheList()
    {
        var gone = KnownCyclicEdges.Except(Cyclic.Value, StringComparer.Ordinal).ToList();

        Assert.True(gone.Count == 0, $"these edges no longer lie on a loop; take them off {nameof(KnownCyclicEdges)}:\n{string.Join("\n", gone)}");
    }
}

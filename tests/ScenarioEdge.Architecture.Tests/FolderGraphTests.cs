namespace ScenarioEdge.Architecture.Tests;

/// <summary>The rule's own analysis, on graphs whose answer is known: a rule that cannot see a cycle guards nothing.</summary>
public sealed class FolderGraphTests
{
    [Fact]
    public void CyclicEdges_ThreeFolderLoop_EveryLoopEdgeAndNoOther()
    {
        var graph = new FolderGraph([("Ingest", "Scenes"), ("Scenes", "Delivery"), ("Delivery", "Ingest"), ("Delivery", "Storage"), ("Api", "Ingest")]);

        Assert.Equal(["Delivery -> Ingest", "Ingest -> Scenes", "Scenes -> Delivery"], graph.CyclicEdges());
    }

    [Fact]
    public void CyclicEdges_Layered_None()
    {
        var graph = new FolderGraph([("Api", "Ingest"), ("Ingest", "Scenes"), ("Api", "Scenes"), ("Scenes", "Storage")]);

        Assert.Empty(graph.CyclicEdges());
    }
}

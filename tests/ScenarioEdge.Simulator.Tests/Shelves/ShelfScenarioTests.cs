using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Provisioning;
using ScenarioEdge.Shelf;
using ScenarioEdge.Simulation.Scenarios;
using ScenarioEdge.Simulation.Shelves;

namespace ScenarioEdge.Simulator.Tests.Shelves;

public sealed class ShelfScenarioTests
{
    private const string Store = """
        name: t
        store:
          id: s1
          zones:
            - { id: entrance, x: 0, y: 0 }
            - { id: drinks, x: 10, y: 0 }
          shelves:
            - device: shelf-1
              zone: drinks
              lanes:
                - { lane: a1, sku: cola, unitGrams: 350, toleranceGrams: 8, stock: 2 }
          displays:
            - { display: d1, zone: drinks, hostedBy: shelf-1 }
        """;

    [Fact]
    public void Parse_PickAtTheShelfOfTheShoppersZone_ResolvesToItsLane()
    {
        var scenario = ScenarioLoader.Parse(Store + Journey("- { at: 1, in: drinks }", "- { at: 10, pick: cola, count: 2 }"));

        var action = Assert.Single(ShelfPlan.Resolve(scenario).Actions);

        Assert.Equal(("shelf-1", "a1", ShelfActionKind.Pick, 2), (action.Shelf.Device, action.Lane.LaneId, action.Kind, action.Count));
    }

    [Theory]
    [InlineData("- { at: 1, in: entrance }", "- { at: 10, pick: cola }", "no shelf in zone 'entrance'")]
    [InlineData("- { at: 1, in: drinks }", "- { at: 10, pick: cola, count: 3 }", "the lane holds fewer")]
    [InlineData("- { at: 1, in: drinks }", "- { at: 10, pick: water }", "has a lane with 'water'")]
    [InlineData("- { at: 5, in: outside }", "- { at: 10, put: cola }", "is outside at 10 s")]
    public void Parse_ShelfActionThatCannotHappen_IsRejectedWithTheReason(string move, string action, string reason)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Store + Journey(move, action)));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Advance_KnockThenPickThenPut_ReportsThePickAndThePutOnly()
    {
        var scenario = ScenarioLoader.Parse(Store + Journey("- { at: 1, in: drinks }", "- { at: 5, knock: cola }", "- { at: 12, pick: cola }", "- { at: 20, put: cola }"));
        var shelf = scenario.Store.Shelves[0];
        var lane = new SimulatedLane(shelf, shelf.Lanes[0], ShelfPlan.Resolve(scenario).Actions, 30, seed: 3);
        var detections = new List<LaneDetection>();

        lane.Advance(30, 1_000_000, loop: false, detections);

        Assert.Equal([ShelfEventKind.Weight, ShelfEventKind.Pick, ShelfEventKind.Put], detections.Select(d => d.Kind));
        Assert.InRange(detections[1].TMs - 1_000_000, 12_000, 15_000);
        Assert.InRange(detections[1].DeltaGrams, -358 - 3, -342 + 3);
    }

    private static string Journey(params string[] steps) =>
        "\nshoppers:\n  - id: alice\n    install: app-alice\n    journey:\n" + string.Concat(steps.Select(s => $"      {s}\n"));
}

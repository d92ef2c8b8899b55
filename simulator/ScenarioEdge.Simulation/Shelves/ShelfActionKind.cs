namespace ScenarioEdge.Simulation.Shelves;

/// <summary>What a shopper does to a lane.</summary>
public enum ShelfActionKind
{
    Pick,
    Put,
    Knock,
}

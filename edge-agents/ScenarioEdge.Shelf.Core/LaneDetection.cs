using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Shelf;

/// <summary>What a lane pipeline detected at the sample taken at <paramref name="TMs"/>.</summary>
/// <param name="TMs">Sample time in milliseconds (Unix time on the device, trace time in a replay).</param>
/// <param name="Kind">Pick, Put, or Weight (the lane settled at a level that is not a whole number of items).</param>
/// <param name="Count">Items picked or put; 0 for a Weight detection.</param>
/// <param name="BeforeGrams">Settled weight before the change.</param>
/// <param name="AfterGrams">Settled weight after the change.</param>
/// <param name="Confidence">0 to 1: how well the change fits a whole number of items.</param>
public sealed record LaneDetection(
    long TMs,
    ShelfEventKind Kind,
    int Count,
    double BeforeGrams,
    double AfterGrams,
    double Confidence)
{
    public double DeltaGrams => AfterGrams - BeforeGrams;
}

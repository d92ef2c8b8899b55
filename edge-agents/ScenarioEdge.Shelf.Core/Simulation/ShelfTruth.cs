using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Shelf.Simulation;

/// <summary>A pick or put-back that really happened in a simulated trace.</summary>
/// <param name="Kind">Pick or put.</param>
/// <param name="Count">Items moved.</param>
/// <param name="DeltaGrams">True weight change.</param>
/// <param name="StartMs">When the hand touched the lane.</param>
/// <param name="SettledMs">When the noise-free weight came within 1 g of its new level for good.</param>
public sealed record ShelfTruth(ShelfEventKind Kind, int Count, double DeltaGrams, long StartMs, long SettledMs);

using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Shelves;

/// <summary>An accepted shelf event of a provisioned shelf, with the arrival timestamp for latency measurement.</summary>
public sealed record ShelfWork(DeviceRecord Shelf, ShelfEvent Event, long Arrival);

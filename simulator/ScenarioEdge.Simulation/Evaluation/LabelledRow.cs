using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Simulation.Evaluation;

/// <summary>One row of a labelled CSV: what the shopper's devices reported at a moment, and the true scene (null: not scored).</summary>
public sealed record LabelledRow(
    int Line,
    long TMs,
    string Shopper,
    string? Label,
    double? HeartRate = null,
    double? CadenceSpm = null,
    double? SpeedMps = null,
    double? AccelStd = null,
    PhoneActivity? Phone = null,
    double? PhoneConfidence = null,
    double? DistanceToStoreM = null,
    string? Scanner = null,
    int? Rssi = null,
    double? SoundDb = null);

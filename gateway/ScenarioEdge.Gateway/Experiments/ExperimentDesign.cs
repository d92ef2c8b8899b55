using ScenarioEdge.Experiments.Assignment;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>
/// What a report needs besides the journeys: the campaign's arms with their weights (percent of the units outside the
/// global control group; the expected split for the sample-ratio check), the global control share, and whether units
/// are display × time slots (cluster randomisation: analyse at that level, and no global control arm).
/// </summary>
public sealed record ExperimentDesign(
    string Campaign,
    int Version,
    string Salt,
    IReadOnlyList<Arm> Arms,
    double GlobalControlShare,
    bool ByDisplaySlot,
    TimeSpan DisplaySlot);

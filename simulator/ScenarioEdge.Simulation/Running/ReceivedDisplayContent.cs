using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Simulation.Running;

/// <summary>
/// Content a simulated shelf received on a display it hosts, at a scenario time; <see cref="LatencyMs"/> is the wall
/// time from the event time of the signal that triggered it (the content's <c>ts</c>) to its arrival, when it was
/// triggered during the run (not retained from before it) by a campaign (not a fallback).
/// </summary>
public sealed record ReceivedDisplayContent(string Display, DisplayContent Content, double AtScenarioSeconds)
{
    public double? LatencyMs { get; init; }
}

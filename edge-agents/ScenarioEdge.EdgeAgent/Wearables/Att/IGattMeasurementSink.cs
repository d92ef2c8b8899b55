using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Wearables.Att;

/// <summary>Receives the value of each notified or indicated measurement; the span is only valid during the call.</summary>
internal interface IGattMeasurementSink
{
    void OnMeasurement(WearableProfile profile, ReadOnlySpan<byte> value);
}

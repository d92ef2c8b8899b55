namespace ScenarioEdge.Gateway.Storage;

/// <summary>A retained MQTT message of the embedded broker, kept across restarts (collection <c>retained</c>).</summary>
public sealed class RetainedRecord
{
    public string Topic { get; set; } = "";

    public byte[] Payload { get; set; } = [];

    public int QualityOfService { get; set; }
}

namespace ScenarioEdge.EdgeAgent.Publishing;

/// <summary>One message waiting to be published.</summary>
/// <param name="Topic">Full MQTT topic.</param>
/// <param name="Payload">UTF-8 JSON payload.</param>
/// <param name="Class">What it is; decides what the outbox drops first when it is full.</param>
/// <param name="Retain">Publish with the retain flag (status messages).</param>
public sealed record OutboxMessage(string Topic, byte[] Payload, OutboxClass Class, bool Retain = false);

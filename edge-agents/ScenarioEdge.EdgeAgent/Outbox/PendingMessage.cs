using ScenarioEdge.EdgeAgent.Publishing;

namespace ScenarioEdge.EdgeAgent.Outbox;

/// <summary>A message in the outbox, with its position (oldest first) and size.</summary>
public sealed record PendingMessage(long Id, OutboxMessage Message, int Size);

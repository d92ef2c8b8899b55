namespace ScenarioEdge.EdgeAgent.Publishing;

/// <summary>Classes of outgoing messages. A full outbox drops the oldest sightings first, never shelf or status messages.</summary>
public enum OutboxClass
{
    /// <summary>BLE sightings batches: droppable, oldest first, when the outbox is full.</summary>
    Sightings,
    /// <summary>Wearable samples: droppable after sightings.</summary>
    Wearables,
    /// <summary>Shelf events: never dropped.</summary>
    Shelf,
    /// <summary>Status messages: never dropped.</summary>
    Status,
}

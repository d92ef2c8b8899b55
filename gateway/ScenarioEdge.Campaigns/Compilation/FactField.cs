namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>Which fact an id-set or band condition reads.</summary>
public enum FactField : byte
{
    Zone,
    Shelf,
    Product,
    AlertKind,
    Category,
    HeartRateReserve,
    Cadence,
}

namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// Triggers the campaign runtime had accepted but not yet decided when a stop ran out of time (LiteDB collection
/// <c>campaigntriggers</c>), decided at the next start. One document per thousand, so that keeping a full queue costs
/// a few writes; <see cref="Shoppers"/> names whose they are, for export and erasure.
/// </summary>
public sealed class UndecidedTriggersRecord
{
    public long Id { get; set; }

    public DateTime SavedAt { get; set; }

    public List<string> Shoppers { get; set; } = [];

    /// <summary>The triggers, JSON (the campaign engine's own shape of a trigger).</summary>
    public string Facts { get; set; } = "";
}

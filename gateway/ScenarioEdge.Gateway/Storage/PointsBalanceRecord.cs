namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// A shopper's points balance (collection <c>pointsbalances</c>, id = the shopper), written in the same transaction
/// as each entry, so it can never disagree with the sum of the entries after a crash.
/// </summary>
public sealed class PointsBalanceRecord
{
    public string Id { get; set; } = "";

    public long Balance { get; set; }

    public long Credited { get; set; }

    public long Debited { get; set; }

    public int Entries { get; set; }
}

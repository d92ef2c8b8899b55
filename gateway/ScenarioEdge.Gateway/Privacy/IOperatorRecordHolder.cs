namespace ScenarioEdge.Gateway.Privacy;

/// <summary>
/// A store of records kept for operators and about no shopper (experiment alerts, external alerts). Not shopper data,
/// so no export or erasure; but they would grow for as long as the gateway runs, so <see cref="RetentionService"/>
/// deletes what is older than <see cref="RetentionOptions.OperatorRecords"/>.
/// </summary>
public interface IOperatorRecordHolder
{
    /// <summary>The collection's name, for the retention log.</summary>
    string Name { get; }

    /// <summary>Deletes the records older than <paramref name="cutoff"/> (UTC); returns how many went.</summary>
    int ExpireBefore(DateTime cutoff);
}

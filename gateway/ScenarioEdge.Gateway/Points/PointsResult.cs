using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Points;

/// <summary>
/// What became of a credit or debit: the entry (written now, or the first time when <see cref="Replayed"/>) and the
/// balance after it, or the refusal (a metrics reason name) with its detail and the balance unchanged.
/// </summary>
public sealed record PointsResult(PointsEntryRecord? Entry, long Balance, string? Refusal, string? Detail, bool Replayed)
{
    public bool Applied => Entry is not null && !Replayed;

    public static PointsResult Refused(string refusal, string detail, long balance) => new(null, balance, refusal, detail, false);
}

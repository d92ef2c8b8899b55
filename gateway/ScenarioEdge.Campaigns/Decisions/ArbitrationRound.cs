using ScenarioEdge.Campaigns.Limits;

namespace ScenarioEdge.Campaigns.Decisions;

/// <summary>
/// The candidates of one shopper within a decision window: at <see cref="DueAt"/> one wins — higher priority, then
/// higher offer value, then the earlier trigger, then the campaign id (so a tie is decided the same way every time)
/// — and the others are recorded as lost arbitration, naming the winner. A window of zero resolves at once.
/// </summary>
public sealed class ArbitrationRound(DateTimeOffset opened, TimeSpan window)
{
    private readonly List<Candidate> _candidates = [];

    public DateTimeOffset DueAt { get; } = opened + window;

    public IReadOnlyList<Candidate> Candidates => _candidates;

    public void Add(Candidate candidate) => _candidates.Add(candidate);

    /// <summary>Commits the winner to the shopper's limits and writes every candidate's record; returns the winner.</summary>
    public Candidate? Resolve(ShopperLimitState state, DateTimeOffset now, List<DecisionRecord> records)
    {
        if (_candidates.Count == 0)
        {
            return null;
        }

        var winner = _candidates[0];
        foreach (var c in _candidates)
        {
            if (Beats(c, winner))
            {
                winner = c;
            }
        }

        foreach (var c in _candidates)
        {
            records.Add(ReferenceEquals(c, winner)
                ? CampaignDecider.Commit(c, state)
                : DecisionRecord.Of(c.Fact, c.Campaign.Id, c.Campaign.Version,
                    DecisionOutcome.Suppressed(DecisionReason.LostArbitration, $"won by {winner.Campaign.Id}"), now));
        }

        _candidates.Clear();
        return winner;
    }

    public static bool Beats(Candidate a, Candidate b)
    {
        var order = a.Campaign.Priority.CompareTo(b.Campaign.Priority);
        order = order != 0 ? order : a.Campaign.OfferValue.CompareTo(b.Campaign.OfferValue);
        order = order != 0 ? order : b.Fact.EventTime.CompareTo(a.Fact.EventTime);
        order = order != 0 ? order : string.CompareOrdinal(b.Campaign.Id, a.Campaign.Id);
        return order > 0;
    }
}

using ScenarioEdge.Campaigns.Limits;

namespace ScenarioEdge.Campaigns.Decisions;

/// <summary>
/// The candidates of one shopper within a decision window: at <see cref="DueAt"/> one wins — higher priority, then
/// higher offer value, then the earlier trigger, then the campaign id (so a tie is decided the same way every time)
/// — and the others are recorded as lost arbitration, naming the winner. A window of zero resolves at once.
/// A round arbitrates one <paramref name="moment"/> of event time: a trigger whose event time lies more than the window
/// from it belongs to another round (see <see cref="Holds"/>), however late or early it reaches the host, so what wins
/// never depends on how late the triggers arrived. Without a moment (a round of released deferrals) any trigger joins.
/// </summary>
public sealed class ArbitrationRound(DateTimeOffset opened, TimeSpan window, DateTimeOffset? moment = null)
{
    private readonly List<Candidate> _candidates = [];

    public DateTimeOffset DueAt { get; } = opened + window;

    /// <summary>Whether a trigger of <paramref name="eventTime"/> belongs to this round's moment.</summary>
    public bool Holds(DateTimeOffset eventTime) => moment is not { } m || (eventTime - m).Duration() <= window;

    public IReadOnlyList<Candidate> Candidates => _candidates;

    public void Add(Candidate candidate) => _candidates.Add(candidate);

    /// <summary>
    /// Commits the winner to the shopper's limits and writes every candidate's record; returns the winner.
    /// <paramref name="admit"/>, when given, has the last word on a would-be winner (the coupon it issues may be spent):
    /// a refusal is recorded as that candidate's outcome, uses none of the shopper's caps, and the next in rank wins.
    /// </summary>
    public Candidate? Resolve(ShopperLimitState state, DateTimeOffset now, List<DecisionRecord> records, Func<Candidate, DecisionOutcome?>? admit = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (_candidates.Count == 0)
        {
            return null;
        }

        Candidate? winner = null;
        var refused = new List<(Candidate Candidate, DecisionOutcome Outcome)>();
        while (winner is null && refused.Count < _candidates.Count)
        {
            Candidate? best = null;
            foreach (var c in _candidates)
            {
                if (!refused.Exists(r => ReferenceEquals(r.Candidate, c)) && (best is null || Beats(c, best)))
                {
                    best = c;
                }
            }

            if (admit?.Invoke(best!) is { } refusal)
            {
                refused.Add((best!, refusal));
            }
            else
            {
                winner = best;
            }
        }

        foreach (var c in _candidates)
        {
            records.Add(ReferenceEquals(c, winner)
                ? CampaignDecider.Commit(c, state)
                : refused.Find(r => ReferenceEquals(r.Candidate, c)) is { Candidate: not null } r
                    ? DecisionRecord.Of(c.Fact, c.Campaign, r.Outcome, now)
                    : DecisionRecord.Of(c.Fact, c.Campaign,
                        DecisionOutcome.Suppressed(DecisionReason.LostArbitration, $"won by {winner!.Campaign.Id}"), now));
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

using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Gateway.Delivery;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// Purchase triggers survive a crash: a purchase is recorded with its trigger pending, and the runtime settles it in
/// the batch that writes what deciding it did (or when it keeps it among the undecided at a stop). Until settled it is
/// raised again at every start, so a purchase-triggered message is held back until that batch — with the shopper's
/// limits, which remember the send for its campaign and trigger time — is written: raised again, it cannot send twice.
/// </summary>
public sealed partial class CampaignRuntime
{
    private readonly List<CampaignMessage> _held = [];
    private readonly HashSet<string> _settled = new(StringComparer.Ordinal);

    /// <summary>A round's winner to the channels: at once, or (a purchase's) after the write that settles it, started now.</summary>
    private void HandOn(CampaignMessage message, DateTimeOffset now)
    {
        if (message.Purchase is null)
        {
            _outbox.Add(message);
            return;
        }

        _held.Add(message);
        _flushDue = now;
    }

    private bool InOpenRound(string shopper, string purchase) =>
        _rounds.TryGetValue(shopper, out var round) && round.Round.Candidates.Any(c => c.Fact.Purchase == purchase);

    private void Settle(string purchase)
    {
        _settled.Add(purchase);
        Changed();
    }

    /// <summary>Kept in campaigntriggers: decided from there at the next start, not raised a second time from the purchase.</summary>
    private void SettleKept(List<TriggerFact> kept)
    {
        foreach (var fact in kept)
        {
            if (fact.Purchase is { } purchase)
            {
                _settled.Add(purchase);
            }
        }
    }

    private void TakePurchaseChanges(CampaignWriteBatch batch)
    {
        batch.Settled.AddRange(_settled);
        _settled.Clear();
        batch.Held.AddRange(_held);
        _held.Clear();
    }
}

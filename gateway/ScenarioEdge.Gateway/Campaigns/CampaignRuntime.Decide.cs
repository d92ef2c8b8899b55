using ScenarioEdge.Campaigns.Content;
using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Campaigns.Limits;
using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>The decisions of the runtime, on its worker under its gate.</summary>
public sealed partial class CampaignRuntime
{
    private void Handle(TriggerWork work, DateTimeOffset now)
    {
        var set = active.Current;
        var fact = work.Fact;
        if (fact.Shopper.Length == 0)
        {
            ShowUnattributed(fact, work.Arrival, now);
            return;
        }

        // A round arbitrates one moment of the shopper's story, in event time: a trigger of a later (or earlier) moment
        // closes the open round first and opens its own, so what wins never depends on how late the triggers arrived
        // (a stalled path delivering a pick and its put-back together must not turn two moments into one message).
        if (_rounds.TryGetValue(fact.Shopper, out var pending) && !pending.Round.Holds(fact.EventTime))
        {
            Resolve(fact.Shopper, pending, now);
            pending = null;
        }

        pending ??= new PendingRound(new ArbitrationRound(now, options.Value.ArbitrationWindow, fact.EventTime), now, work.Arrival);

        // Nothing is kept about a shopper without the offers consent: judged on a state that is thrown away.
        var consenting = (fact.Consents & Consents.Offers) != 0;
        var state = consenting ? _limits.Get(fact.Shopper) : new ShopperCampaignState(new ShopperLimitState(fact.Shopper));

        _records.Clear();
        _newDeferred.Clear();
        _decider.Decide(fact, set, state.Limits, policies.For(fact.Store), now, pending.Round, _records, _newDeferred, exposures);
        Record(_records, fact);
        foreach (var deferred in _newDeferred)
        {
            _deferred.Add(deferred);
        }

        if (pending.Round.Candidates.Count > 0)
        {
            _rounds[fact.Shopper] = pending;
            if (pending.Round.DueAt <= now)
            {
                Resolve(fact.Shopper, pending, now);
            }
        }

        if (fact.Purchase is { } purchase && !InOpenRound(fact.Shopper, purchase))
        {
            // Decided (suppressed, deferred or resolved): settled with the batch that writes what it did.
            Settle(purchase);
        }
    }

    private void ResolveDue(DateTimeOffset now, bool all)
    {
        if (_rounds.Count == 0)
        {
            return;
        }

        foreach (var (shopper, pending) in _rounds.Where(r => all || r.Value.Round.DueAt <= now).ToList())
        {
            Resolve(shopper, pending, now);
        }
    }

    /// <summary>
    /// Resolves a shopper's round. A candidate whose context ended while it waited (left the zone or the store) is
    /// dropped first, so it can neither win nor count against the shopper's caps.
    /// </summary>
    private void Resolve(string shopper, PendingRound pending, DateTimeOffset now)
    {
        _rounds.Remove(shopper);
        var context = contexts.Of(shopper);
        var round = new ArbitrationRound(pending.Opened, TimeSpan.Zero);
        var records = new List<DecisionRecord>();
        foreach (var c in pending.Round.Candidates)
        {
            if (ContextRules.StillValid(c.Fact, c.Campaign.Limits.QuietHours, context))
            {
                round.Add(c);
            }
            else
            {
                records.Add(DecisionRecord.Of(c.Fact, c.Campaign, DecisionOutcome.Dropped(DecisionReason.ContextEnded, "left before it went out"), now));
            }
        }

        var winner = round.Resolve(_limits.Get(shopper).Limits, now, records, AdmitCoupon);
        Record(records, pending.Round.Candidates);
        foreach (var c in pending.Round.Candidates)
        {
            if (c.Fact.Purchase is { } purchase)
            {
                Settle(purchase);
            }
        }

        if (winner is not null)
        {
            _limits.Changed(shopper);
            HandOn(composer.Compose(winner.Campaign, winner.Fact, pending.Arrival, _coupon), now);
        }
    }

    private void ReleaseDue(DateTimeOffset now)
    {
        if (_deferred.NextDue is not { } next || next > now)
        {
            return;
        }

        var set = active.Current;
        foreach (var d in _deferred.TakeDue(now))
        {
            var shopper = d.Fact.Shopper;
            if (TriggerKinds.IsInStore(d.Fact.Kind) && contexts.Unconfirmed(shopper))
            {
                // Read back at start, not yet heard again: the scene stream confirms the visit or it ends; ask again shortly.
                _deferred.Add(d with { Until = now + TimeSpan.FromSeconds(1) });
                continue;
            }

            // The arm fixed when the send was deferred (the deferral exposed the unit): its content goes out.
            var current = set.ById.GetValueOrDefault(d.Campaign) is { } active ? exposures.ArmOf(active, d.Fact).Campaign : null;
            var state = _limits.Get(shopper);
            var policy = policies.For(d.Fact.Store);
            var outcome = CampaignDecider.Release(d, current, contexts.Of(shopper), state.Limits, policy, now);
            Changed();
            switch (outcome.Kind)
            {
                case OutcomeKind.Sent:
                    if (!_rounds.TryGetValue(shopper, out var pending))
                    {
                        _rounds[shopper] = pending = new PendingRound(new ArbitrationRound(now, options.Value.ArbitrationWindow), now, 0);
                    }

                    pending.Round.Add(new Candidate(current!, d.Fact, outcome.Channels, now));
                    break;
                case OutcomeKind.Deferred:
                    _deferred.Add(d with { Until = outcome.Until!.Value });
                    Record([DecisionRecord.Of(d.Fact, d.Campaign, d.CampaignVersion, outcome, now, current?.Arm)], d.Fact);
                    break;
                default:
                    Record([DecisionRecord.Of(d.Fact, d.Campaign, d.CampaignVersion, outcome, now, current?.Arm)], d.Fact);
                    break;
            }
        }
    }

    /// <summary>
    /// A shelf interaction attributed to nobody: the best matching campaign with display content is shown on the
    /// display there, to whoever stands at it. Not personalised, so it uses nobody's caps and sends no push; its
    /// decisions are counted without a shopper.
    /// </summary>
    private void ShowUnattributed(in TriggerFact fact, long arrival, DateTimeOffset now)
    {
        _matches.Clear();
        active.Current.Match(fact, _matches);
        var policy = policies.For(fact.Store);
        var local = ScenarioEdge.Campaigns.Compilation.LocalMoment.Of(fact.EventTime, policy.TimeZone);
        var at = fact.EventTime;
        var shown = _matches.Where(c => c.Content.Display is not null && c.Schedule.Allows(at, local))
            .OrderByDescending(c => c.Priority).ThenByDescending(c => c.OfferValue).ThenBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault();
        // A display experiment is randomised by display slot, not by shopper: whoever stands there sees the slot's arm.
        var arm = shown is null ? null : exposures.ArmOf(shown, fact);
        foreach (var c in _matches)
        {
            var outcome = ReferenceEquals(c, shown) ? (arm!.Sends ? DecisionOutcome.Sent(Channels.ShelfDisplay) : DecisionOutcome.Suppressed(DecisionReason.Holdout))
                : shown is null || c.Content.Display is null ? DecisionOutcome.Suppressed(DecisionReason.Audience, "not attributed to one shopper")
                : DecisionOutcome.Suppressed(DecisionReason.LostArbitration, $"won by {shown.Id}");
            var record = DecisionRecord.Of(fact, c.Id, c.Version, outcome, now, ReferenceEquals(c, shown) ? arm!.Name : null);
            _log.Add(record, keepShopper: false);
            exposures.Decided(record, fact);
        }

        Changed();
        if (shown is not null && arm!.Sends)
        {
            _outbox.Add(composer.Compose(arm.Campaign, fact, arrival));
        }
    }

    private void Record(List<DecisionRecord> records, in TriggerFact fact)
    {
        foreach (var r in records)
        {
            _log.Add(r, keepShopper: r.Reason != DecisionReason.NoConsent);
            if (r.Reason != DecisionReason.NoConsent)
            {
                exposures.Decided(r, fact);
            }
        }

        Recorded(records);
    }

    /// <summary>The records of a resolved round, each exposed with the trigger of its own candidate.</summary>
    private void Record(List<DecisionRecord> records, IReadOnlyList<Candidate> candidates)
    {
        foreach (var r in records)
        {
            _log.Add(r, keepShopper: r.Reason != DecisionReason.NoConsent);
            foreach (var c in candidates)
            {
                if (c.Campaign.Id == r.Campaign && c.Fact.EventTime == r.EventTime)
                {
                    exposures.Decided(r, c.Fact);
                    break;
                }
            }
        }

        Recorded(records);
    }

    private void Recorded(List<DecisionRecord> records)
    {
        if (records.Count > 0)
        {
            Changed();
            _limits.Changed(records[0].Shopper);
        }
    }
}

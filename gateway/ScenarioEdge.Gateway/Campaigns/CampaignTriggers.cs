using System.Threading.Channels;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Observability;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// The one entry point for triggers, whatever their source: scene changes, shelf interactions, and later purchases,
/// online events and alerts. The shopper's consents are always taken from the shopper's own record, never from the
/// source. A trigger that matches no active campaign ends here without allocating; one that matches goes to the
/// <see cref="CampaignRuntime"/>, which owns every shopper's limits. The shopper's tags come from the same record,
/// new or returning from the shopper's visits (<see cref="ShopperContexts"/>).
/// </summary>
public sealed class CampaignTriggers(ActiveCampaigns active, IdentityDirectory directory, ShopperContexts contexts, GatewayMetrics metrics, RefusalLog refusals, Microsoft.Extensions.Options.IOptions<CampaignOptions> options)
{
    private const Consents AllConsents = Consents.Presence | Consents.Activity | Consents.Offers | Consents.Analytics;

    [ThreadStatic]
    private static List<CompiledCampaign>? t_matches;

    private readonly Channel<TriggerWork> _queue = Channel.CreateBounded<TriggerWork>(new BoundedChannelOptions(options.Value.TriggerQueueCapacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    internal ChannelReader<TriggerWork> Reader => _queue.Reader;

    /// <summary>Shutdown: no more triggers; the runtime decides those queued.</summary>
    internal void Complete() => _queue.Writer.TryComplete();

    /// <summary>
    /// Raises a trigger; returns whether it matched a campaign (and so will end in a recorded decision). Safe to call
    /// from any thread; never blocks.
    /// </summary>
    public bool Raise(in TriggerFact fact, long arrival = 0) => Raise(fact, arrival, null) == RaiseResult.Queued;

    /// <summary>
    /// A scene change's trigger: as <see cref="Raise(in TriggerFact, long)"/>, and <paramref name="scene"/> keeps the
    /// campaigns it matched (decided now) and, when a campaign with a live-fact condition listens to it, the trigger
    /// itself for a second look when facts arrive later (<see cref="LateFactsReevaluation"/>).
    /// </summary>
    internal RaiseResult Raise(in TriggerFact fact, long arrival, SecondLook? scene)
    {
        // Matched first as if every consent were given (conditions only ever ask for more consent), so that a trigger
        // matching nothing costs no shopper lookup; the runtime matches again with the shopper's real consents.
        var set = active.Current;
        var matches = t_matches ??= new List<CompiledCampaign>(16);
        matches.Clear();
        set.Match(fact with { Consents = AllConsents }, matches);
        if (scene is not null)
        {
            if (set.ReadsLiveFacts(fact))
            {
                scene.Triggers.Add(fact);
            }

            foreach (var c in matches)
            {
                scene.Decided.Add(new DecidedCampaign(fact.Kind, fact.Store, c.Id));
            }
        }

        if (matches.Count == 0)
        {
            return RaiseResult.NoMatch;
        }

        matches.Clear();
        return Enqueue(fact, arrival) ? RaiseResult.Queued : RaiseResult.Dropped;
    }

    /// <summary>
    /// A second look at a trigger raised before (the same kind, store and event time) with live facts that arrived
    /// later: only the campaigns that match now and are not in <paramref name="decided"/> are decided (and added to
    /// it). Returns whether there was any; when there is none, nothing is recorded and nothing allocated.
    /// </summary>
    internal bool Reevaluate(in TriggerFact fact, long arrival, List<DecidedCampaign> decided)
    {
        var matches = t_matches ??= new List<CompiledCampaign>(16);
        matches.Clear();
        active.Current.Match(fact with { Consents = AllConsents }, matches);
        for (var i = matches.Count - 1; i >= 0; i--)
        {
            if (decided.Contains(new DecidedCampaign(fact.Kind, fact.Store, matches[i].Id)))
            {
                matches.RemoveAt(i);
            }
        }

        if (matches.Count == 0)
        {
            return false;
        }

        var fresh = new string[matches.Count];
        for (var i = 0; i < fresh.Length; i++)
        {
            fresh[i] = matches[i].Id;
            decided.Add(new DecidedCampaign(fact.Kind, fact.Store, fresh[i]));
        }

        matches.Clear();
        return Enqueue(fact with { Reevaluating = fresh }, arrival);
    }

    private bool Enqueue(in TriggerFact fact, long arrival)
    {
        var identity = fact.Shopper.Length == 0 ? null : directory.Current.Shopper(fact.Shopper);
        if (_queue.Writer.TryWrite(new TriggerWork(fact with { Consents = ConsentsOf(identity), Tags = identity?.Tags, ShopperKind = contexts.KindOf(fact.Shopper, fact.Visit) }, arrival)))
        {
            return true;
        }

        metrics.CountCampaignTriggerDropped();
        refusals.Refused("(campaigns)", "trigger_queue_full", "trigger", TriggerKinds.Name(fact.Kind), "the campaign runtime is behind; check se_campaign_triggers_dropped_total");
        return false;
    }

    /// <summary>
    /// A trigger kept at a stop, with the consents and tags its shopper holds now (withdrawn or erased since: none).
    /// </summary>
    internal TriggerFact WithCurrentConsents(in TriggerFact fact)
    {
        var identity = fact.Shopper.Length == 0 ? null : directory.Current.Shopper(fact.Shopper);
        return fact with { Consents = ConsentsOf(identity), Tags = identity?.Tags };
    }

    private static Consents ConsentsOf(ShopperIdentity? identity)
    {
        if (identity is null)
        {
            return Consents.None;
        }

        return (identity.HasConsent(ConsentPurposes.Presence) ? Consents.Presence : Consents.None)
            | (identity.HasConsent(ConsentPurposes.Activity) ? Consents.Activity : Consents.None)
            | (identity.HasConsent(ConsentPurposes.Offers) ? Consents.Offers : Consents.None);
    }
}

/// <summary>What became of a raised trigger: it matched no campaign, went to the runtime, or was refused (queue full).</summary>
internal enum RaiseResult
{
    NoMatch,
    Queued,
    Dropped,
}

using System.Globalization;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Content;
using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Coupons;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>
/// The experiments' side of the campaign runtime (<see cref="IExposureLog"/>): the unit's arm (sticky), and for
/// every decision that exposes the unit (<see cref="ExposureRule"/>, intent to treat) its journey — opened by the
/// first, with the arm, store, store-local day, outcome and the trigger's features; later decisions open none — and
/// the send stamped when the decision is a send.
/// </summary>
public sealed class ExposureLog(
    ArmAssignments assignments,
    JourneyBook book,
    ExperimentUnits units,
    ActiveCampaigns active,
    StorePolicies policies,
    CouponDefinitions coupons) : IExposureLog
{
    public CompiledArm ArmOf(CompiledCampaign campaign, in TriggerFact fact)
    {
        if (fact.Shopper.Length == 0 && !ExperimentUnits.BySlot(campaign))
        {
            // Nobody in particular (a display shown to whoever stands there): no unit to randomise, the campaign as it is.
            return campaign.Experiment.Unassigned;
        }

        var unit = units.Of(campaign, fact);
        return assignments.ArmOf(campaign, unit, fact.Shopper);
    }

    public void Decided(DecisionRecord decision, in TriggerFact fact)
    {
        if (decision.Arm is not { } arm || !ExposureRule.Exposes(decision.Outcome, decision.Reason)
            || active.Current.ById.GetValueOrDefault(decision.Campaign) is not { } campaign)
        {
            return;
        }

        var unit = units.Of(campaign, fact);
        var bySlot = ExperimentUnits.BySlot(campaign);
        if ((bySlot && decision.Reason == DecisionReason.Control) || (!bySlot && fact.Shopper.Length == 0))
        {
            // A display slot is shown to everyone there: a shopper in the global control group is no unit of it. A
            // display shown to nobody in particular exposes no shopper.
            return;
        }

        var shopper = bySlot ? null : fact.Shopper;
        var fixedArm = assignments.Fix(campaign.Experiment.Salt, unit, shopper, arm, campaign.Id, fact.EventTime);
        if (fixedArm is not null || !book.Has(campaign.Id, unit))
        {
            Open(decision, fact, campaign, unit, shopper, arm, fixedArm);
        }

        if (decision.Outcome == OutcomeKind.Sent)
        {
            book.Stamp(campaign.Id, unit, FunnelStage.Sent, decision.DecidedAt, ChannelName(decision.Channels),
                (decision.Channels & Channels.ShelfDisplay) != 0);
        }
    }

    public void Flush() => book.Flush();

    /// <summary>The first exposure: the journey with what the trigger knew (a returning unit allocates none of this).</summary>
    private void Open(DecisionRecord decision, in TriggerFact fact, CompiledCampaign campaign, string unit, string? shopper, string arm, AssignmentRecord? fixedArm)
    {
        var zone = policies.For(fact.Store).TimeZone;
        var local = TimeZoneInfo.ConvertTime(fact.EventTime, zone);
        book.Expose(new JourneyRecord
        {
            Id = JourneyRecord.KeyOf(campaign.Id, unit),
            Campaign = campaign.Id,
            Unit = unit,
            Shopper = shopper,
            Arm = arm,
            Version = campaign.Version,
            Store = fact.Store,
            Visit = fact.Visit,
            Day = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ExposedAt = fact.EventTime.UtcDateTime,
            Outcome = OutcomeWord(decision),
            // At a shelf trigger the shopper stands at the shelf; other triggers carry no distance to one.
            DistanceToShelfM = fact.Shelf is null ? double.NaN : 0,
            CouponValue = CouponValue(campaign.Experiment.Find(arm)?.Campaign ?? campaign),
            Scene = fact.Scene == ScenarioEdge.Protocol.Messages.SceneState.Unknown ? null : JsonNaming(fact.Scene.ToString()),
            SceneConfidence = fact.Confidence,
            LocalHour = local.Hour,
            DwellSeconds = fact.DwellS,
        }, fixedArm);
    }

    /// <summary>The decision log's word for an outcome: sent, deferred, or the reason (holdout, control, cap, quietHours, lostArbitration, …).</summary>
    public static string OutcomeWord(DecisionRecord d) => d.Outcome switch
    {
        OutcomeKind.Sent => "sent",
        OutcomeKind.Deferred => "deferred",
        _ => JsonNaming(d.Reason.ToString()),
    };

    /// <summary>appPush, shelfDisplay, or both joined by a comma.</summary>
    public static string ChannelName(Channels channels) => (channels & (Channels.AppPush | Channels.ShelfDisplay)) switch
    {
        Channels.AppPush => "appPush",
        Channels.ShelfDisplay => "shelfDisplay",
        Channels.AppPush | Channels.ShelfDisplay => "appPush,shelfDisplay",
        _ => JsonNaming(channels.ToString()),
    };

    private double CouponValue(CompiledCampaign campaign) =>
        campaign.Content.Push?.CouponRef is { } coupon && coupons.Active(coupon) is { } definition ? definition.Value : double.NaN;

    private static string JsonNaming(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>
/// Funnel stages reached by a journey not in memory, waiting to be written onto it. A unit counts at a stage at the
/// first time it reached it: a replayed or late event never moves a stage later, and a stage reached twice counts once.
/// </summary>
internal sealed class JourneyStamp
{
    private readonly DateTime?[] _at = new DateTime?[(int)FunnelStage.Purchased + 1];

    public string? Channel { get; set; }

    public bool? DisplayAlsoShowed { get; set; }

    /// <summary>Revenue credited by attribution, added to the journey's.</summary>
    public double Revenue { get; set; }

    public void Add(FunnelStage stage, DateTime at)
    {
        ref var held = ref _at[(int)stage];
        if (held is null || at < held)
        {
            held = at;
        }
    }

    public void Merge(JourneyStamp newer)
    {
        for (var i = 0; i < _at.Length; i++)
        {
            if (newer._at[i] is { } at)
            {
                Add((FunnelStage)i, at);
            }
        }

        Channel ??= newer.Channel;
        DisplayAlsoShowed ??= newer.DisplayAlsoShowed;
        Revenue += newer.Revenue;
    }

    public void ApplyTo(JourneyRecord j)
    {
        j.SentAt = Earliest(j.SentAt, _at[(int)FunnelStage.Sent]);
        j.DeliveredAt = Earliest(j.DeliveredAt, _at[(int)FunnelStage.Delivered]);
        j.OpenedAt = Earliest(j.OpenedAt, _at[(int)FunnelStage.Opened]);
        j.ClickedAt = Earliest(j.ClickedAt, _at[(int)FunnelStage.Clicked]);
        j.DismissedAt = Earliest(j.DismissedAt, _at[(int)FunnelStage.Dismissed]);
        j.RedeemedAt = Earliest(j.RedeemedAt, _at[(int)FunnelStage.Redeemed]);
        j.PurchasedAt = Earliest(j.PurchasedAt, _at[(int)FunnelStage.Purchased]);
        j.Channel ??= Channel;
        j.Revenue += Revenue;
        j.DisplayAlsoShowed = DisplayAlsoShowed == true ? true : j.DisplayAlsoShowed ?? DisplayAlsoShowed;
    }

    private static DateTime? Earliest(DateTime? held, DateTime? at) => held is null ? at : at is null || held <= at ? held : at;
}

using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>
/// Funnel stages reached by a journey not in memory, waiting to be written onto it. A unit counts at a stage at the
/// first time it reached it: a replayed or late event never moves a stage later, and a stage reached twice counts once.
/// A stage restated (a redemption reversed) takes the time its source gives now, replacing the journey's.
/// </summary>
internal sealed class JourneyStamp
{
    private readonly DateTime?[] _at = new DateTime?[(int)FunnelStage.Purchased + 1];
    private readonly bool[] _restated = new bool[(int)FunnelStage.Purchased + 1];

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

    public void Restate(FunnelStage stage, DateTime? at)
    {
        _at[(int)stage] = at;
        _restated[(int)stage] = true;
    }

    public void Merge(JourneyStamp newer)
    {
        for (var i = 0; i < _at.Length; i++)
        {
            if (newer._restated[i])
            {
                Restate((FunnelStage)i, newer._at[i]);
            }
            else if (newer._at[i] is { } at)
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
        j.SentAt = Held(j.SentAt, FunnelStage.Sent);
        j.DeliveredAt = Held(j.DeliveredAt, FunnelStage.Delivered);
        j.OpenedAt = Held(j.OpenedAt, FunnelStage.Opened);
        j.ClickedAt = Held(j.ClickedAt, FunnelStage.Clicked);
        j.DismissedAt = Held(j.DismissedAt, FunnelStage.Dismissed);
        j.RedeemedAt = Held(j.RedeemedAt, FunnelStage.Redeemed);
        j.PurchasedAt = Held(j.PurchasedAt, FunnelStage.Purchased);
        j.Channel ??= Channel;
        j.Revenue += Revenue;
        j.DisplayAlsoShowed = DisplayAlsoShowed == true ? true : j.DisplayAlsoShowed ?? DisplayAlsoShowed;
    }

    private DateTime? Held(DateTime? held, FunnelStage stage) =>
        _restated[(int)stage] ? _at[(int)stage] : Earliest(held, _at[(int)stage]);

    private static DateTime? Earliest(DateTime? held, DateTime? at) => held is null ? at : at is null || held <= at ? held : at;
}

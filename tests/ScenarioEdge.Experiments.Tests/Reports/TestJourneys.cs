using ScenarioEdge.Experiments.Assignment;
using ScenarioEdge.Experiments.Funnel;

namespace ScenarioEdge.Experiments.Tests.Reports;

/// <summary>Small fixed journey sets for the report tests: counts chosen so every figure can be checked by hand.</summary>
internal static class TestJourneys
{
    public static readonly DateOnly Day1 = new(2026, 3, 2);
    public static readonly IReadOnlyList<Arm> AB = [new("a", 0.45), new("b", 0.45), new(ArmNames.Holdout, 0.10, Holdout: true)];
    public static readonly IReadOnlyList<Arm> AWithHoldout = [new("a", 0.5), new(ArmNames.Holdout, 0.5, Holdout: true)];

    /// <summary>One journey reaching every stage up to <paramref name="last"/> (null: exposed only).</summary>
    public static Journey Make(string unit, string arm, FunnelStage? last = null, string store = "s1", DateOnly? day = null, double revenue = 0, bool sent = true)
    {
        var d = day ?? Day1;
        var t = new DateTimeOffset(d.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        DateTimeOffset? At(FunnelStage s) => last is { } l && s <= l && (sent || s == FunnelStage.Purchased) && s != FunnelStage.Dismissed ? t.AddMinutes((int)s) : null;
        return new Journey
        {
            Unit = unit, Arm = arm, Store = store, Day = d, ExposedAt = t, Outcome = sent ? "sent" : arm,
            Channel = sent ? "appPush" : null, SentAt = At(FunnelStage.Sent), DeliveredAt = At(FunnelStage.Delivered),
            OpenedAt = At(FunnelStage.Opened), ClickedAt = At(FunnelStage.Clicked), RedeemedAt = At(FunnelStage.Redeemed),
            PurchasedAt = At(FunnelStage.Purchased), Revenue = last == FunnelStage.Purchased ? revenue : 0,
        };
    }

    /// <summary>
    /// <paramref name="n"/> units of <paramref name="arm"/>, the first <paramref name="buyers"/> of them buying for
    /// 10 each; a variant's units are sent, delivered and the buyers opened and clicked too.
    /// </summary>
    public static IEnumerable<Journey> Arm(string arm, int n, int buyers, string store = "s1", DateOnly? day = null, string prefix = "")
    {
        var sent = arm is not ArmNames.Holdout and not ArmNames.GlobalControl;
        return Enumerable.Range(0, n).Select(i => Make($"{prefix}{arm}-{store}-{i}", arm, i < buyers ? FunnelStage.Purchased : sent ? FunnelStage.Delivered : null, store, day, i < buyers ? 10 : 0, sent));
    }
}

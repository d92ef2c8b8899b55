namespace ScenarioEdge.Gateway.Observability;

/// <summary>Points: credited and debited (in points), refusals by reason.</summary>
public sealed partial class GatewayMetrics
{
    /// <summary>Why a credit, debit or redemption for points was refused (the points folder's names, repeated here).</summary>
    private static readonly string[] PointsRefusals =
        ["insufficient", "invalid_amount", "balance_full", "duplicate", "no_purchase", "not_for_points", "coupon_refused", "key_reused", "unavailable"];

    private readonly PlainCounter _pointsCredited;

    private readonly PlainCounter _pointsDebited;

    public long PointsCredited => _pointsCredited.Value;

    public long PointsDebited => _pointsDebited.Value;

    /// <summary>Refused points operations, by reason.</summary>
    public LabelledCounter PointsRefused { get; }

    public void CountPointsCredited(long points) => _pointsCredited.Add(points);

    public void CountPointsDebited(long points) => _pointsDebited.Add(points);

    public void CountPointsRefused(string reason) => PointsRefused.Add(ManagementIndex(PointsRefusals, reason, 8));

    private static (PlainCounter, PlainCounter, LabelledCounter) PointsMetrics(GatewayInstruments i) => (
        new(i, "se_points_credited_total", "Points credited to shoppers' balances (once per idempotency key)."),
        new(i, "se_points_debited_total", "Points debited from shoppers' balances (redemptions for coupons)."),
        new(i, "se_points_refused_total", "Points credits, debits and redemptions refused, by reason.", "reason", PointsRefusals));
}

namespace ScenarioEdge.Experiments.Funnel;

/// <summary>
/// What was true when the unit was exposed, for the scene feedback report (why did people open and not buy?).
/// NaN or null where unknown.
/// </summary>
public sealed record JourneyFeatures
{
    /// <summary>Distance from the shopper to the promoted shelf at exposure, metres.</summary>
    public double DistanceToShelfM { get; init; } = double.NaN;

    /// <summary>Face value of the coupon the push carried (percent or amount as in the coupon), or NaN without one.</summary>
    public double CouponValue { get; init; } = double.NaN;

    /// <summary>The shopper's scene at exposure (e.g. <c>inStore</c>, <c>exercising</c>).</summary>
    public string? Scene { get; init; }

    /// <summary>The scene engine's confidence in that scene, 0–1.</summary>
    public double SceneConfidence { get; init; } = double.NaN;

    /// <summary>Store-local hour of day at exposure, 0–23, or −1.</summary>
    public int LocalHour { get; init; } = -1;

    /// <summary>How long the shopper had dwelt in the zone or at the shelf at exposure, seconds.</summary>
    public double DwellSeconds { get; init; } = double.NaN;

    /// <summary>Whether the shelf display in front of the shopper showed the same campaign at the time.</summary>
    public bool? DisplayAlsoShowed { get; init; }
}

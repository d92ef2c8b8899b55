using System.ComponentModel.DataAnnotations;

namespace ScenarioEdge.Gateway.Points;

/// <summary>Points (section <c>Gateway:Points</c>).</summary>
public sealed class PointsOptions
{
    public const string Section = "Gateway:Points";

    /// <summary>
    /// Points credited for sharing after an in-store purchase, once per purchase. A fixed amount, not one per unit of
    /// the purchase's total: the reward is for the share, which is worth as much after a small purchase as after a large
    /// one, and it needs nothing of the purchase but its id (docs/coupons.md#share-and-earn).
    /// </summary>
    [Range(1, 1_000_000)]
    public int PerShare { get; set; } = 50;
}

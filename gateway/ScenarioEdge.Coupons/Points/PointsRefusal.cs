namespace ScenarioEdge.Coupons.Points;

/// <summary>Why a points credit or debit was refused (None: it may be applied).</summary>
public enum PointsRefusal : byte
{
    None,
    /// <summary>The amount is not a whole number of points from 1 to <see cref="PointsRules.MaxAmount"/>.</summary>
    InvalidAmount,
    /// <summary>A debit larger than the balance: the balance never goes below 0.</summary>
    Insufficient,
    /// <summary>A credit that would take the balance past <see cref="PointsRules.MaxBalance"/>.</summary>
    BalanceFull,
}

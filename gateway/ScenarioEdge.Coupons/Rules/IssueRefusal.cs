namespace ScenarioEdge.Coupons.Rules;

/// <summary>Why a coupon was not issued (None: it may be).</summary>
public enum IssueRefusal : byte
{
    None,
    /// <summary>The budget's count or value is spent.</summary>
    BudgetExhausted,
    /// <summary>The shopper already holds as many as the definition's perShopper allows.</summary>
    ShopperLimit,
    /// <summary>Before the definition's first day or after its last (store's local time).</summary>
    OutsideValidity,
    /// <summary>The store is not one of the definition's stores.</summary>
    OtherStore,
    /// <summary>No such definition, or it was retired.</summary>
    Unavailable,
}

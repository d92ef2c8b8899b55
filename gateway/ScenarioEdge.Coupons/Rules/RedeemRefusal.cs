namespace ScenarioEdge.Coupons.Rules;

/// <summary>Why a redemption was refused (None: it redeems).</summary>
public enum RedeemRefusal : byte
{
    None,
    /// <summary>No coupon has this code.</summary>
    Unknown,
    /// <summary>Redeemed before (and not reversed).</summary>
    AlreadyRedeemed,
    /// <summary>Past its expiry.</summary>
    Expired,
    /// <summary>Issued for another store.</summary>
    OtherStore,
    /// <summary>The point of sale named a shopper, and the coupon is another shopper's.</summary>
    OtherShopper,
}

namespace ScenarioEdge.Simulation.Scenarios;

/// <summary>
/// A step at the checkout, from <see cref="At"/> scenario seconds on, after the step before it has completed:
/// <see cref="Do"/> <c>purchase</c> (the shopper's app asks for a checkout code and till <see cref="Till"/> publishes
/// the purchase with it), <c>redeem</c> (the till redeems the coupon code the shopper's app last received, or
/// <see cref="Code"/>, and waits for the answer) or <c>share</c> (the shopper's app reports <c>shared</c> on the last
/// push of <see cref="Campaign"/>). A step whose push has not arrived yet waits for it.
/// </summary>
public sealed class CheckoutStepSpec
{
    public const string Purchase = "purchase";
    public const string Redeem = "redeem";
    public const string Share = "share";

    public double At { get; set; }

    /// <summary>The scenario shopper at the till (whose app gives the checkout code, whose coupon is redeemed, who shares).</summary>
    public string Shopper { get; set; } = "";

    /// <summary>purchase, redeem or share.</summary>
    public string Do { get; set; } = "";

    /// <summary>Device id of a till of the store (<c>store.pos</c>), for purchase and redeem.</summary>
    public string? Till { get; set; }

    /// <summary>Receipt id of a purchase, unique in the store.</summary>
    public string? Receipt { get; set; }

    /// <summary>The purchase's lines; the total is their sum.</summary>
    public List<CheckoutItemSpec> Items { get; set; } = [];

    public string Currency { get; set; } = "EUR";

    /// <summary>Whether the shopper shows the app's checkout code (false: an anonymous purchase).</summary>
    public bool CheckoutCode { get; set; } = true;

    /// <summary>A literal coupon code to redeem instead of the one the app received.</summary>
    public string? Code { get; set; }

    /// <summary>The redemption's idempotency key; a new one per step when absent.</summary>
    public string? Key { get; set; }

    /// <summary>Send the previous redemption's idempotency key again (a till retrying).</summary>
    public bool ReuseKey { get; set; }

    /// <summary>The campaign whose last push to the shopper is shared.</summary>
    public string? Campaign { get; set; }
}

namespace ScenarioEdge.Simulation.Responses;

/// <summary>
/// The simulated shoppers' response to a campaign, so an A/B scenario has a known true lift:
/// <list type="bullet">
/// <item>sent: delivered with <see cref="DeliveryRate"/>;</item>
/// <item>delivered: opened with <see cref="OpenBase"/> + <see cref="OpenPerFit"/> × fit;</item>
/// <item>opened: clicked with <see cref="ClickBase"/> + <see cref="ClickPerFit"/> × fit;</item>
/// <item>clicked: redeemed with <see cref="RedeemBase"/> + <see cref="RedeemPerPercent"/> × coupon %, capped at
/// <see cref="RedeemCap"/>; a redemption is a purchase of the promoted product at the coupon's price;</item>
/// <item>everyone else (sent or not, every arm) buys the product anyway with <see cref="OrganicPurchase"/>.</item>
/// </list>
/// So P(buy | not sent) = p₀ and P(buy | sent) = q + (1 − q)·p₀ with q the product of the four stage chances: the
/// true absolute lift of sending is q·(1 − p₀). Draws come from the caller's seeded <see cref="Random"/>.
/// </summary>
public sealed record ResponseModel
{
    public double DeliveryRate { get; init; } = 0.95;
    public double OpenBase { get; init; } = 0.15;
    public double OpenPerFit { get; init; } = 0.45;
    public double ClickBase { get; init; } = 0.20;
    public double ClickPerFit { get; init; } = 0.40;
    public double RedeemBase { get; init; } = 0.10;
    public double RedeemPerPercent { get; init; } = 0.02;
    public double RedeemCap { get; init; } = 0.90;
    public double OrganicPurchase { get; init; } = 0.08;

    /// <summary>Shelf price of the promoted product; a redemption pays it less the coupon's percent.</summary>
    public double Price { get; init; } = 4.0;

    /// <summary>q: the chance that a message sent in this context ends in a redemption.</summary>
    public double RedemptionChance(OfferContext context) =>
        DeliveryRate * Clamp(OpenBase + (OpenPerFit * context.SceneFit)) * Clamp(ClickBase + (ClickPerFit * context.SceneFit))
        * Math.Min(RedeemCap, Clamp(RedeemBase + (RedeemPerPercent * context.CouponPercent)));

    /// <summary>The exact chance to buy the promoted product, sent or not.</summary>
    public double ConversionChance(OfferContext context, bool sent)
    {
        var q = sent ? RedemptionChance(context) : 0;
        return q + ((1 - q) * OrganicPurchase);
    }

    /// <summary>The exact conversion over a mix of contexts drawn with the given weights (see <see cref="ContextMix"/>).</summary>
    public double ConversionChance(ContextMix mix, bool sent)
    {
        ArgumentNullException.ThrowIfNull(mix);
        return mix.Expect(c => ConversionChance(c, sent));
    }

    public ShopperResponse Respond(OfferContext context, bool sent, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var delivered = sent && random.NextDouble() < DeliveryRate;
        var opened = delivered && random.NextDouble() < Clamp(OpenBase + (OpenPerFit * context.SceneFit));
        var clicked = opened && random.NextDouble() < Clamp(ClickBase + (ClickPerFit * context.SceneFit));
        var redeemed = clicked && random.NextDouble() < Math.Min(RedeemCap, Clamp(RedeemBase + (RedeemPerPercent * context.CouponPercent)));
        var organic = !redeemed && random.NextDouble() < OrganicPurchase;
        var revenue = redeemed ? Price * (1 - (context.CouponPercent / 100)) : organic ? Price : 0;
        return new ShopperResponse(sent, delivered, opened, clicked, redeemed, redeemed || organic, revenue);
    }

    private static double Clamp(double p) => Math.Clamp(p, 0, 1);
}

using ScenarioEdge.Coupons.Rules;

namespace ScenarioEdge.Coupons.Tests.Rules;

public sealed class RedeemRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 11, 0, 0, TimeSpan.Zero);
    private static readonly CouponFacts Live = new("store-1", "shopper-a", Now.AddDays(1), false);

    [Fact]
    public void Check_Live_Redeems() => Assert.Equal(RedeemRefusal.None, RedeemRules.Check(Live, "store-1", null, Now).Refusal);

    [Theory]
    [InlineData("store-2", null, false, 1, RedeemRefusal.OtherStore)]
    [InlineData("store-1", "shopper-b", false, 1, RedeemRefusal.OtherShopper)]
    [InlineData("store-1", "shopper-a", true, 1, RedeemRefusal.AlreadyRedeemed)]
    [InlineData("store-1", null, false, 0, RedeemRefusal.Expired)]
    public void Check_Refusal_NamesTheReason(string store, string? shopper, bool redeemed, int daysLeft, RedeemRefusal expected)
    {
        var coupon = Live with { Redeemed = redeemed, ExpiresAt = Now.AddDays(daysLeft) };

        var (refusal, detail) = RedeemRules.Check(coupon, store, shopper, Now);

        Assert.Equal(expected, refusal);
        Assert.False(string.IsNullOrEmpty(detail));
    }

    [Fact]
    public void Check_NoCoupon_Unknown() => Assert.Equal(RedeemRefusal.Unknown, RedeemRules.Check(null, "store-1", null, Now).Refusal);

    [Fact]
    public void Check_ErasedShopperAndTillNamesNobody_StillRedeems() =>
        Assert.Equal(RedeemRefusal.None, RedeemRules.Check(Live with { Shopper = null }, "store-1", null, Now).Refusal);
}

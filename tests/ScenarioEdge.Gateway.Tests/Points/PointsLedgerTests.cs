using ScenarioEdge.Coupons.Points;
using ScenarioEdge.Gateway.Points;
using ScenarioEdge.Gateway.Tests.Coupons;

namespace ScenarioEdge.Gateway.Tests.Points;

/// <summary>The points ledger over a real LiteDB file: once per key, never below 0, and points for a coupon in one transaction.</summary>
public sealed class PointsLedgerTests
{
    [Fact]
    public void Credit_SameKeyAgainAfterARestart_OnceAndTheFirstEntry()
    {
        using var rig = new LedgerRig();
        var share = new PointsChange("s1", 50, PointsKeys.Share("purchase-1"), "share", "store-1", "purchase-1");
        var first = rig.Points.Credit(share);
        rig.Restart();

        var again = rig.Points.Credit(share);

        Assert.True(first.Applied);
        Assert.True(again.Replayed);
        Assert.Equal(first.Entry!.Id, again.Entry!.Id);
        Assert.Equal(50, rig.Points.BalanceOf("s1"));
        Assert.Equal(1, rig.Database.PointsEntries.Count());
        Assert.Equal(50, rig.Metrics.PointsCredited);
    }

    [Fact]
    public void Credit_KeyOfAnotherShoppersCredit_RefusedNothingWritten()
    {
        using var rig = new LedgerRig();
        rig.Points.Credit(new PointsChange("s1", 50, PointsKeys.Share("purchase-1"), "share"));

        var stolen = rig.Points.Credit(new PointsChange("s2", 50, PointsKeys.Share("purchase-1"), "share"));

        Assert.Equal(PointsLedger.KeyReused, stolen.Refusal);
        Assert.Equal(0, rig.Points.BalanceOf("s2"));
        Assert.Equal(1, rig.Metrics.PointsRefused["key_reused"]);
    }

    [Fact]
    public void Debit_MoreThanTheBalance_RefusedWithTheReasonAndNothingWritten()
    {
        using var rig = new LedgerRig();
        rig.Points.Credit(new PointsChange("s1", 120, PointsKeys.Given("c1"), "test"));

        var debit = rig.Points.Debit(new PointsChange("s1", 200, PointsKeys.Given("d1"), "test"));

        Assert.Equal("insufficient", debit.Refusal);
        Assert.Equal("the balance is 120 points, 200 are needed", debit.Detail);
        Assert.Equal(120, rig.Points.BalanceOf("s1"));
        Assert.Equal(1, rig.Database.PointsEntries.Count());
        Assert.Equal(1, rig.Metrics.PointsRefused["insufficient"]);
    }

    [Fact]
    public void RedeemForPoints_RetriedKeyAfterARestart_SameCodeOneDebit()
    {
        using var rig = new LedgerRig();
        rig.Define(LedgerRig.Coupon(pointsCost: 200));
        rig.Points.Credit(new PointsChange("s1", 500, PointsKeys.Given("c1"), "test"));

        var first = rig.PointsRedemptions.Redeem("s1", "c", null, "tap-1");
        rig.Restart();
        var retried = rig.PointsRedemptions.Redeem("s1", "c", null, "tap-1");

        Assert.Equal(200, first.Status);
        Assert.NotNull(first.Code);
        Assert.Equal((first.Code, true, 300L), (retried.Code, retried.Replayed, retried.Balance));
        var issued = Assert.Single(rig.Database.CouponIssues.FindAll());
        Assert.Equal((first.Code, "s1", "points", "store-1"), (issued.Id, issued.Shopper, issued.Campaign, issued.Store));
        var debit = Assert.Single(rig.Database.PointsEntries.Find(e => e.Kind == "debit"));
        Assert.Equal((200L, first.Code, "c"), (debit.Amount, debit.Code, debit.Coupon));
        Assert.Equal(300, rig.Points.BalanceOf("s1"));
        Assert.Equal(200, rig.Metrics.PointsDebited);
    }

    [Fact]
    public void RedeemForPoints_BalanceTooLow_409NoCodeNoDebit()
    {
        using var rig = new LedgerRig();
        rig.Define(LedgerRig.Coupon(pointsCost: 200));
        rig.Points.Credit(new PointsChange("s1", 150, PointsKeys.Given("c1"), "test"));

        var answer = rig.PointsRedemptions.Redeem("s1", "c", null, "tap-1");

        Assert.Equal((409, "insufficient", 150L, 200L), (answer.Status, answer.Reason, answer.Balance, answer.Cost));
        Assert.Equal(0, rig.Database.CouponIssues.Count());
        Assert.Equal(150, rig.Points.BalanceOf("s1"));
        Assert.Equal(0, rig.Database.CouponBudgets.FindById("c")?.Issued ?? 0);
    }

    [Fact]
    public void RedeemForPoints_BudgetSpent_RefusedWithTheReasonAndNoDebit()
    {
        using var rig = new LedgerRig();
        rig.Define(LedgerRig.Coupon(count: 1, pointsCost: 100));
        rig.Points.Credit(new PointsChange("s1", 500, PointsKeys.Given("c1"), "test"));
        rig.Points.Credit(new PointsChange("s2", 500, PointsKeys.Given("c2"), "test"));
        Assert.Equal(200, rig.PointsRedemptions.Redeem("s1", "c", null, "tap-1").Status);

        var spent = rig.PointsRedemptions.Redeem("s2", "c", null, "tap-1");

        Assert.Equal((409, "budget_exhausted"), (spent.Status, spent.Reason));
        Assert.Contains("budget of 1 coupons spent", spent.Detail, StringComparison.Ordinal);
        Assert.Equal(500, rig.Points.BalanceOf("s2"));
        Assert.Equal(0, rig.Database.PointsEntries.Count(e => e.Shopper == "s2" && e.Kind == "debit"));
        Assert.Equal(1, rig.Metrics.PointsRefused["coupon_refused"]);
    }

    [Fact]
    public void RedeemForPoints_PerShopperLimit_RefusedAndNoDebit()
    {
        using var rig = new LedgerRig();
        rig.Define(LedgerRig.Coupon(perShopper: 1, pointsCost: 100));
        rig.Points.Credit(new PointsChange("s1", 500, PointsKeys.Given("c1"), "test"));
        Assert.Equal(200, rig.PointsRedemptions.Redeem("s1", "c", null, "tap-1").Status);

        var second = rig.PointsRedemptions.Redeem("s1", "c", null, "tap-2");

        Assert.Equal((409, "shopper_limit", 400L), (second.Status, second.Reason, second.Balance));
        Assert.Equal(400, rig.Points.BalanceOf("s1"));
    }

    [Theory]
    [InlineData(null, "c", 422, "not_for_points")]
    [InlineData(200, "nope", 404, "unavailable")]
    public void RedeemForPoints_CouponNotOnOfferForPoints_RefusedNothingChanged(int? cost, string coupon, int status, string reason)
    {
        using var rig = new LedgerRig();
        rig.Define(LedgerRig.Coupon(pointsCost: cost));
        rig.Points.Credit(new PointsChange("s1", 500, PointsKeys.Given("c1"), "test"));

        var answer = rig.PointsRedemptions.Redeem("s1", coupon, null, "tap-1");

        Assert.Equal((status, reason), (answer.Status, answer.Reason));
        Assert.Equal(0, rig.Database.CouponIssues.Count());
        Assert.Equal(500, rig.Points.BalanceOf("s1"));
    }

    [Fact]
    public void RedeemForPoints_KeyReusedForAnotherCoupon_RefusedFirstKept()
    {
        using var rig = new LedgerRig();
        rig.Define(LedgerRig.Coupon(pointsCost: 100));
        rig.Define(LedgerRig.Coupon(id: "d", pointsCost: 100));
        rig.Points.Credit(new PointsChange("s1", 500, PointsKeys.Given("c1"), "test"));
        var first = rig.PointsRedemptions.Redeem("s1", "c", null, "tap-1");

        var reused = rig.PointsRedemptions.Redeem("s1", "d", null, "tap-1");

        Assert.Equal((409, PointsLedger.KeyReused), (reused.Status, reused.Reason));
        Assert.Equal(400, rig.Points.BalanceOf("s1"));
        Assert.Equal(first.Code, Assert.Single(rig.Database.CouponIssues.FindAll()).Id);
    }

    [Fact]
    public void RedeemForPoints_StoreNotNamedForAManyStoreCoupon_RefusedNamingTheField()
    {
        using var rig = new LedgerRig();
        rig.Define(LedgerRig.Coupon(stores: "[store-1, store-2]", pointsCost: 100));
        rig.Points.Credit(new PointsChange("s1", 500, PointsKeys.Given("c1"), "test"));

        var unnamed = rig.PointsRedemptions.Redeem("s1", "c", null, "tap-1");
        var named = rig.PointsRedemptions.Redeem("s1", "c", "store-2", "tap-2");

        Assert.Equal((400, "store: required, the store the coupon is for"), (unnamed.Status, unnamed.Detail));
        Assert.Equal(200, named.Status);
        Assert.Equal("store-2", rig.Database.CouponIssues.FindById(named.Code).Store);
    }
}

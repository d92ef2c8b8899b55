using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Gateway.Campaigns;

namespace ScenarioEdge.Gateway.Tests.Coupons;

/// <summary>The ledger's promises one at a time, over a real LiteDB file: once per occurrence, within budget and limit, redeemed once.</summary>
public sealed class CouponLedgerTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 10, 59, 0, TimeSpan.Zero);

    private static CouponRequest Request(string shopper, int occurrence = 0, string store = "store-1", string coupon = "c") =>
        new(coupon, "camp", shopper, store, "zoneEntered", At.AddSeconds(occurrence));

    [Fact]
    public void Issue_SameOccurrenceAgainAndAfterRestart_SameCodeOneEntry()
    {
        using var rig = new LedgerRig();
        rig.Define(LedgerRig.Coupon());

        var first = rig.Ledger.Issue(Request("s1"));
        var again = rig.Ledger.Issue(Request("s1"));
        rig.Restart();
        var afterRestart = rig.Ledger.Issue(Request("s1"));

        Assert.NotNull(first.Code);
        Assert.Equal(first.Code, again.Code);
        Assert.Equal(first.Code, afterRestart.Code);
        Assert.Equal(1, rig.Database.CouponIssues.Count());
        Assert.Equal(1, rig.Database.CouponBudgets.FindById("c").Issued);
    }

    [Fact]
    public void Issue_PastTheShopperLimitAndThenTheBudget_RefusedWithTheReason()
    {
        using var rig = new LedgerRig();
        rig.Define(LedgerRig.Coupon(count: 3, perShopper: 2));

        Assert.NotNull(rig.Ledger.Issue(Request("s1", 1)).Code);
        Assert.NotNull(rig.Ledger.Issue(Request("s1", 2)).Code);
        var limit = rig.Ledger.Issue(Request("s1", 3));
        Assert.NotNull(rig.Ledger.Issue(Request("s2", 1)).Code);
        var budget = rig.Ledger.Issue(Request("s3", 1));

        Assert.Equal((null, DecisionReason.CouponLimit), (limit.Code, limit.Reason));
        Assert.Equal((null, DecisionReason.Budget), (budget.Code, budget.Reason));
        Assert.Contains("budget of 3 coupons spent", budget.Detail, StringComparison.Ordinal);
        Assert.Equal(1, rig.Metrics.CouponIssueRefused["budget_exhausted"]);
        Assert.Equal(1, rig.Metrics.CouponIssueRefused["shopper_limit"]);
    }

    [Fact]
    public void Issue_UnknownRetiredOrOtherStore_Unavailable()
    {
        using var rig = new LedgerRig();
        rig.Define(LedgerRig.Coupon());

        var otherStore = rig.Ledger.Issue(Request("s1", store: "store-2"));
        var unknown = rig.Ledger.Issue(Request("s1", coupon: "nope"));
        rig.Store.Retire("c", "test");
        var retired = rig.Ledger.Issue(Request("s1", 5));

        Assert.All([otherStore, unknown, retired], i => Assert.Equal((null, DecisionReason.CouponUnavailable), (i.Code, i.Reason)));
        Assert.Equal(0, rig.Database.CouponIssues.Count());
    }

    [Fact]
    public void Redeem_ThenAgainWithANewKey_AlreadyRedeemed_SameKey_SameAnswer()
    {
        using var rig = new LedgerRig();
        rig.Define(LedgerRig.Coupon());
        var code = rig.Ledger.Issue(Request("s1")).Code!;

        var first = rig.Ledger.Redeem("store-1", code.ToLowerInvariant(), "till-1/receipt-7", null, "till-1");
        var replay = rig.Ledger.Redeem("store-1", code, "till-1/receipt-7", null, "till-1");
        var second = rig.Ledger.Redeem("store-1", code, "till-2/receipt-9", null, "till-2");

        Assert.True(first.Redeemed);
        Assert.True(replay.Redeemed && replay.Replayed && replay.Redemption == first.Redemption);
        Assert.Equal("already_redeemed", second.Refusal);
        Assert.Equal(1, rig.Database.CouponIssues.Count(c => c.RedeemedAt != null));
    }

    [Fact]
    public void Redeem_ReplayedKeyWithAnotherCode_RefusedAndNothingChanged()
    {
        using var rig = new LedgerRig();
        rig.Define(LedgerRig.Coupon());
        var a = rig.Ledger.Issue(Request("s1", 1)).Code!;
        var b = rig.Ledger.Issue(Request("s2", 1)).Code!;
        rig.Ledger.Redeem("store-1", a, "key-1", null, "till");

        var reused = rig.Ledger.Redeem("store-1", b, "key-1", null, "till");

        Assert.Equal("key_reused", reused.Refusal);
        Assert.Null(rig.Database.CouponIssues.FindById(b).RedeemedAt);
    }

    [Fact]
    public void Redeem_ExpiredOtherStoreOtherShopperUnknownMalformed_EachNamed()
    {
        using var rig = new LedgerRig();
        rig.Define(LedgerRig.Coupon(stores: "[store-1, store-2]"));
        var code = rig.Ledger.Issue(Request("s1")).Code!;

        Assert.Equal("other_store", rig.Ledger.Redeem("store-2", code, "k1", null, "till").Refusal);
        Assert.Equal("other_shopper", rig.Ledger.Redeem("store-1", code, "k2", "s2", "till").Refusal);
        Assert.Equal("unknown", rig.Ledger.Redeem("store-1", "ZZZZZZZZZZZZ", "k3", null, "till").Refusal);
        Assert.Equal("malformed", rig.Ledger.Redeem("store-1", "<script>", "k4", null, "till").Refusal);
        rig.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal("expired", rig.Ledger.Redeem("store-1", code, "k5", null, "till").Refusal);
    }

    [Fact]
    public void Reverse_RefundedPurchase_RedeemsAgainOnce_ReversalIdempotent()
    {
        using var rig = new LedgerRig();
        rig.Define(LedgerRig.Coupon());
        var code = rig.Ledger.Issue(Request("s1")).Code!;
        var redeemed = rig.Ledger.Redeem("store-1", code, "k1", null, "till");

        var reversal = rig.Ledger.Reverse("store-1", redeemed.Redemption, "till");
        var again = rig.Ledger.Reverse("store-1", redeemed.Redemption, "till");
        var otherStore = rig.Ledger.Reverse("store-2", redeemed.Redemption, "till");
        var redeemAgain = rig.Ledger.Redeem("store-1", code, "k2", null, "till");

        Assert.Null(reversal.Refusal);
        Assert.Equal(reversal.Redemption!.ReversedAt, again.Redemption!.ReversedAt);
        Assert.Null(otherStore.Redemption);
        Assert.True(redeemAgain.Redeemed);
    }

    [Fact]
    public async Task Redeem_RacingTills_ExactlyOneSucceeds()
    {
        using var rig = new LedgerRig();
        rig.Define(LedgerRig.Coupon());
        var code = rig.Ledger.Issue(Request("s1")).Code!;
        using var start = new Barrier(16);

        var answers = Enumerable.Range(0, 16).Select(i => Task.Run(() =>
        {
            start.SignalAndWait();
            return rig.Ledger.Redeem("store-1", code, $"till-{i}", null, $"till-{i}");
        })).ToArray();
        var results = await Task.WhenAll(answers);

        Assert.Single(results, a => a.Redeemed);
        Assert.Equal(15, results.Count(a => a.Refusal == "already_redeemed"));
    }

    /// <summary>The public bug of the architecture notes: a budget of 1 gave 9 claims under 64 concurrent requests (check, then act).</summary>
    [Fact]
    public async Task Issue_BudgetOfOneRacedBy16Shoppers_ExactlyOneEveryRound()
    {
        using var rig = new LedgerRig();
        for (var round = 0; round < 20; round++)
        {
            rig.Define(LedgerRig.Coupon(id: $"r{round}", count: 1, perShopper: 1));
            using var start = new Barrier(16);
            var coupon = $"r{round}";
            var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() =>
            {
                start.SignalAndWait();
                return rig.Ledger.Issue(Request($"s{i}", coupon: coupon));
            })));

            Assert.Single(answers, a => a.Code is not null);
            Assert.Equal(1, rig.Database.CouponIssues.Count(c => c.Coupon == coupon));
        }
    }

    [Fact]
    public async Task Issue_OneShopperRacingManyOccurrences_NeverPastTheLimit()
    {
        using var rig = new LedgerRig();
        rig.Define(LedgerRig.Coupon(count: null, perShopper: 2));
        using var start = new Barrier(16);

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() =>
        {
            start.SignalAndWait();
            return rig.Ledger.Issue(Request("s1", i));
        })));

        Assert.Equal(2, answers.Count(a => a.Code is not null));
        Assert.Equal(2, rig.Database.CouponIssues.Count());
    }
}

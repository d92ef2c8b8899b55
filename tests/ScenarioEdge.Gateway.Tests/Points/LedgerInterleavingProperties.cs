using FsCheck.Xunit;
using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Coupons.Points;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Points;
using ScenarioEdge.Gateway.Tests.Coupons;

namespace ScenarioEdge.Gateway.Tests.Points;

/// <summary>
/// FsCheck over random interleavings of coupon issue, redeem and reverse, points credits (share keys, replayed and
/// stolen), debits, points-for-a-coupon redemptions, the clock moving on and restarts of the file, each step checked
/// against a plain in-memory model (<see cref="LedgerModel"/>). FsCheck shrinks a failing run to the shortest list of
/// steps that still fails. The seeded CouponLedgerPropertyTests stays beside it: same power over the coupon half,
/// and a failure there is replayed by its seed number.
/// </summary>
public sealed class LedgerInterleavingProperties
{
    internal const int Budget = 4;
    internal const int PerShopper = 2;
    internal const int Cost = 30;
    private static readonly DateTimeOffset At = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Property(MaxTest = 60, EndSize = 80)]
    public void RandomInterleaving_AgreesWithTheModelAtEveryStep(int[] steps)
    {
        using var rig = new LedgerRig();
        rig.Define(LedgerRig.Coupon(count: Budget, perShopper: PerShopper, days: 1, pointsCost: Cost));
        var model = new LedgerModel();
        for (var i = 0; i < steps.Length; i++)
        {
            var x = (uint)steps[i];
            var (what, a, b) = (x % 10, (int)(x / 10 % 4), (int)(x / 40 % 10));
            var shopper = $"s{a}";
            var context = $"step {i} of [{string.Join(", ", steps)}]";
            switch (what)
            {
                case 0 or 1:
                    model.CheckIssue(shopper, b % 5, rig.Time.GetUtcNow(), rig.Ledger.Issue(new CouponRequest("c", "camp", shopper, "store-1", "zoneEntered", At.AddSeconds(b % 5))), context);
                    break;
                case 2 when model.Codes.Count > 0:
                    var code = model.Codes[b % model.Codes.Count];
                    var store = a == 3 ? "store-2" : "store-1";
                    model.CheckRedeem(store, $"k{b % 6}", code, rig.Time.GetUtcNow(), rig.Ledger.Redeem(store, code, $"k{b % 6}", null, "till"), context);
                    break;
                case 3 when model.Redemptions.Count > 0:
                    var id = model.Redemptions[b % model.Redemptions.Count];
                    Assert.True(rig.Ledger.Reverse("store-1", id, "till") is ({ }, null), context);
                    model.Reverse(id);
                    break;
                case 4:
                    // Purchase b belongs to shopper b % 4; a share reported with another shopper's id is the stolen key.
                    var owner = a == 3 ? $"s{(b + 1) % 4}" : $"s{b % 4}";
                    model.CheckCredit(owner, $"p{b}", (b % 3 + 1) * 10, rig.Points.Credit(new PointsChange(owner, (b % 3 + 1) * 10, PointsKeys.Share($"p{b}"), "share")), context);
                    break;
                case 5:
                    var amount = (b % 6 + 1) * 10;
                    model.CheckDebit(shopper, $"d{b % 5}", amount, rig.Points.Debit(new PointsChange(shopper, amount, PointsKeys.Given($"d{b % 5}"), "test")), context);
                    break;
                case 6:
                    model.CheckPointsRedemption(shopper, $"r{b % 3}", rig.Time.GetUtcNow(), rig.PointsRedemptions.Redeem(shopper, "c", null, $"r{b % 3}"), context);
                    break;
                case 7:
                    rig.Restart();
                    break;
                case 8:
                    rig.Time.Advance(TimeSpan.FromHours(5));
                    break;
            }
        }

        model.CheckFile(rig);
    }
}

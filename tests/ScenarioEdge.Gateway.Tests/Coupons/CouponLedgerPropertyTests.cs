using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Gateway.Campaigns;
using Xunit.Abstractions;

namespace ScenarioEdge.Gateway.Tests.Coupons;

/// <summary>
/// Random interleavings of issue, redeem (with replayed and reused idempotency keys, at the right and the wrong
/// store), reverse, the clock moving on and restarts, checked step by step against a plain model of what the ledger
/// promises. Seeded: a failure names its seed and step, and the same seed replays it.
/// </summary>
public sealed class CouponLedgerPropertyTests(ITestOutputHelper output)
{
    private const int Budget = 4;
    private const int PerShopper = 2;
    private static readonly DateTimeOffset At = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 20));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RandomInterleaving_AgreesWithTheModelAtEveryStep(int seed)
    {
        var random = new Random(seed);
        using var rig = new LedgerRig();
        rig.Define(LedgerRig.Coupon(count: Budget, perShopper: PerShopper, days: 1));
        var model = new Model();
        for (var step = 0; step < 60; step++)
        {
            var what = random.Next(100);
            var context = $"seed {seed} step {step}";
            if (what < 40)
            {
                var shopper = $"s{random.Next(4)}";
                var occurrence = random.Next(5);
                var issue = rig.Ledger.Issue(new CouponRequest("c", "camp", shopper, "store-1", "zoneEntered", At.AddSeconds(occurrence)));
                model.CheckIssue(shopper, occurrence, rig.Time.GetUtcNow(), issue, context);
            }
            else if (what < 75 && model.Codes.Count > 0)
            {
                var code = random.Next(10) == 0 ? "ZZZZZZZZZZZZ" : model.Codes[random.Next(model.Codes.Count)];
                var store = random.Next(6) == 0 ? "store-2" : "store-1";
                var key = $"k{random.Next(8)}";
                var answer = rig.Ledger.Redeem(store, code, key, null, "till");
                model.CheckRedeem(store, key, code, rig.Time.GetUtcNow(), answer, context);
            }
            else if (what < 85 && model.Redemptions.Count > 0)
            {
                var id = model.Redemptions[random.Next(model.Redemptions.Count)];
                var (redemption, refusal) = rig.Ledger.Reverse("store-1", id, "till");
                Assert.True(redemption is not null && refusal is null, context);
                model.Reverse(id);
            }
            else if (what < 92)
            {
                rig.Restart();
            }
            else
            {
                rig.Time.Advance(TimeSpan.FromHours(5));
            }
        }

        Assert.Equal(model.Codes.Count, rig.Database.CouponIssues.Count());
        Assert.Equal(model.Codes.Count, rig.Database.CouponBudgets.FindById("c")?.Issued ?? 0);
        Assert.Equal(model.RedeemedCount, rig.Database.CouponIssues.Count(c => c.RedeemedAt != null));
        output.WriteLine($"seed {seed}: {model.Codes.Count} issued, {model.Redemptions.Count} redemptions");
    }

    /// <summary>What the ledger promises, kept in plain collections.</summary>
    private sealed class Model
    {
        private readonly Dictionary<(string Shopper, int Occurrence), string> _issued = [];
        private readonly Dictionary<string, (bool Redeemed, string? Redemption, DateTimeOffset Expires)> _coupons = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Store, string Key), (string Code, string Refusal, string Redemption)> _answers = [];

        public List<string> Codes { get; } = [];

        public List<string> Redemptions { get; } = [];

        public int RedeemedCount => _coupons.Values.Count(c => c.Redeemed);

        public void CheckIssue(string shopper, int occurrence, DateTimeOffset now, CouponIssue issue, string context)
        {
            if (_issued.TryGetValue((shopper, occurrence), out var code))
            {
                Assert.True(code == issue.Code, $"{context}: the same occurrence got another code");
                return;
            }

            var expected = Codes.Count >= Budget ? DecisionReason.Budget
                : _issued.Keys.Count(k => k.Shopper == shopper) >= PerShopper ? DecisionReason.CouponLimit
                : DecisionReason.None;
            Assert.True(expected == issue.Reason, $"{context}: expected {expected}, got {issue.Reason}");
            if (issue.Code is { } issued)
            {
                Assert.DoesNotContain(issued, Codes);
                _issued[(shopper, occurrence)] = issued;
                Codes.Add(issued);
                _coupons[issued] = (false, null, now.AddDays(1));
            }
        }

        public void CheckRedeem(string store, string key, string code, DateTimeOffset now, Gateway.Coupons.RedemptionAnswer answer, string context)
        {
            if (_answers.TryGetValue((store, key), out var earlier))
            {
                var expectedAgain = earlier.Code == code ? earlier.Refusal : "key_reused";
                Assert.True(expectedAgain == answer.Refusal, $"{context}: key {key} again: expected '{expectedAgain}', got '{answer.Refusal}'");
                return;
            }

            var expected = !_coupons.TryGetValue(code, out var coupon) ? "unknown"
                : store != "store-1" ? "other_store"
                : coupon.Redeemed ? "already_redeemed"
                : now >= coupon.Expires ? "expired"
                : "";
            Assert.True(expected == answer.Refusal, $"{context}: redeem {code} at {store}: expected '{expected}', got '{answer.Refusal}'");
            if (expected != "unknown")
            {
                _answers[(store, key)] = (code, expected, answer.Redemption);
            }

            if (expected.Length == 0)
            {
                _coupons[code] = coupon with { Redeemed = true, Redemption = answer.Redemption };
                Redemptions.Add(answer.Redemption);
            }
        }

        public void Reverse(string redemption)
        {
            foreach (var (code, c) in _coupons.Where(c => c.Value.Redemption == redemption).ToList())
            {
                _coupons[code] = c with { Redeemed = false, Redemption = null };
            }
        }
    }
}

using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Coupons;
using ScenarioEdge.Gateway.Points;
using ScenarioEdge.Gateway.Tests.Coupons;

namespace ScenarioEdge.Gateway.Tests.Points;

/// <summary>What the coupon and points ledgers promise, in plain collections: the expected answer of every step.</summary>
internal sealed class LedgerModel
{
    private const int Budget = LedgerInterleavingProperties.Budget;
    private const int PerShopper = LedgerInterleavingProperties.PerShopper;
    private const int Cost = LedgerInterleavingProperties.Cost;
    private readonly Dictionary<(string Shopper, int Occurrence), string> _issued = [];
    private readonly Dictionary<string, int> _holds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (bool Redeemed, string? Redemption, DateTimeOffset Expires)> _coupons = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Store, string Key), (string Code, string Refusal)> _answers = [];
    private readonly Dictionary<string, long> _balances = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Shopper, string Kind, long Amount)> _pointsKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Shopper, string Key), string> _bought = [];

    public List<string> Codes { get; } = [];

    public List<string> Redemptions { get; } = [];

    public void CheckIssue(string shopper, int occurrence, DateTimeOffset now, CouponIssue issue, string context)
    {
        if (_issued.TryGetValue((shopper, occurrence), out var code))
        {
            Assert.True(code == issue.Code, $"{context}: the same occurrence got another code");
            return;
        }

        var expected = Codes.Count >= Budget ? DecisionReason.Budget : Holds(shopper) >= PerShopper ? DecisionReason.CouponLimit : DecisionReason.None;
        Assert.True(expected == issue.Reason, $"{context}: issue: expected {expected}, got {issue.Reason}");
        if (issue.Code is { } issued)
        {
            _issued[(shopper, occurrence)] = issued;
            Issued(shopper, issued, now);
        }
    }

    public void CheckRedeem(string store, string key, string code, DateTimeOffset now, RedemptionAnswer answer, string context)
    {
        if (_answers.TryGetValue((store, key), out var earlier))
        {
            var again = earlier.Code == code ? earlier.Refusal : "key_reused";
            Assert.True(again == answer.Refusal, $"{context}: key {key} again: expected '{again}', got '{answer.Refusal}'");
            return;
        }

        var coupon = _coupons[code];
        var expected = store != "store-1" ? "other_store" : coupon.Redeemed ? "already_redeemed" : now >= coupon.Expires ? "expired" : "";
        Assert.True(expected == answer.Refusal, $"{context}: redeem at {store}: expected '{expected}', got '{answer.Refusal}'");
        _answers[(store, key)] = (code, expected);
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

    public void CheckCredit(string shopper, string key, long amount, PointsResult result, string context) =>
        CheckPoints(shopper, key, "credit", amount, result, null, context);

    public void CheckDebit(string shopper, string key, long amount, PointsResult result, string context) =>
        CheckPoints(shopper, key, "debit", amount, result, Balance(shopper) < amount ? "insufficient" : null, context);

    public void CheckPointsRedemption(string shopper, string key, DateTimeOffset now, PointsRedemptionAnswer answer, string context)
    {
        if (_bought.TryGetValue((shopper, key), out var code))
        {
            Assert.True(answer.Code == code && answer.Replayed, $"{context}: points redemption {key} again: expected {code}, got {answer.Code} ({answer.Reason})");
            return;
        }

        var expected = Balance(shopper) < Cost ? "insufficient" : Codes.Count >= Budget ? "budget_exhausted" : Holds(shopper) >= PerShopper ? "shopper_limit" : null;
        Assert.True(expected == answer.Reason, $"{context}: points redemption: expected '{expected}', got '{answer.Reason}' ({answer.Detail})");
        Assert.True(expected is not null || answer.Balance == Balance(shopper) - Cost, $"{context}: balance after the redemption");
        if (answer.Code is { } bought)
        {
            _bought[(shopper, key)] = bought;
            _balances[shopper] = Balance(shopper) - Cost;
            Issued(shopper, bought, now);
        }
    }

    /// <summary>The file agrees: one entry per code, budget count = codes, balances = the sum of their entries and never below 0.</summary>
    public void CheckFile(LedgerRig rig)
    {
        Assert.Equal(Codes.Order(StringComparer.Ordinal), rig.Database.CouponIssues.FindAll().Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Codes.Count, rig.Database.CouponBudgets.FindById("c")?.Issued ?? 0);
        foreach (var (shopper, balance) in _balances)
        {
            var entries = rig.Database.PointsEntries.Find(e => e.Shopper == shopper).ToList();
            Assert.Equal(balance, rig.Points.BalanceOf(shopper));
            Assert.Equal(balance, entries.Sum(e => e.Kind == "credit" ? e.Amount : -e.Amount));
            Assert.True(balance >= 0);
        }

        Assert.Equal(_bought.Count, rig.Database.PointsEntries.Count(e => e.Reason == "redemption"));
        Assert.Equal(_bought.Values.Order(StringComparer.Ordinal), rig.Database.CouponIssues.Find(c => c.Campaign == PointsRedemptions.Campaign).Select(c => c.Id).Order(StringComparer.Ordinal));
    }

    private void CheckPoints(string shopper, string key, string kind, long amount, PointsResult result, string? refusal, string context)
    {
        if (_pointsKeys.TryGetValue(key, out var earlier))
        {
            var same = earlier == (shopper, kind, amount);
            Assert.True(same ? result.Replayed : result.Refusal == PointsLedger.KeyReused, $"{context}: {kind} {key} again: replayed {result.Replayed}, refusal {result.Refusal}");
            return;
        }

        Assert.True(refusal == result.Refusal, $"{context}: {kind} {amount} for {shopper}: expected '{refusal}', got '{result.Refusal}'");
        if (refusal is null)
        {
            _pointsKeys[key] = (shopper, kind, amount);
            _balances[shopper] = Balance(shopper) + (kind == "credit" ? amount : -amount);
            Assert.Equal(_balances[shopper], result.Balance);
        }
    }

    private void Issued(string shopper, string code, DateTimeOffset now)
    {
        Assert.DoesNotContain(code, Codes);
        Codes.Add(code);
        _holds[shopper] = Holds(shopper) + 1;
        _coupons[code] = (false, null, now.AddDays(1));
    }

    private int Holds(string shopper) => _holds.GetValueOrDefault(shopper);

    private long Balance(string shopper) => _balances.GetValueOrDefault(shopper);
}

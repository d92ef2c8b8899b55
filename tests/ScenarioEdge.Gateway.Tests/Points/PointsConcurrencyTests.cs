using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Coupons.Points;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Coupons;
using ScenarioEdge.Gateway.Points;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ScenarioEdge.Gateway.Tests.Points;

/// <summary>
/// The points ledger under load, in the hosted gateway on a real LiteDB file: credits for many shoppers from many
/// threads, each delivered twice, with the gateway stopped and started again midway; debits racing for one balance;
/// tills racing on one coupon code; and campaign issuances racing points redemptions for one coupon budget.
/// </summary>
public sealed class PointsConcurrencyTests(ITestOutputHelper output)
{
    private const int Shoppers = 30;
    private const int PurchasesPerShopper = 6;

    [Fact]
    public async Task Credit_ManyThreadsRedeliveriesAndARestartMidway_EachOnceAndBalancesEqualTheirEntries()
    {
        var data = Directory.CreateTempSubdirectory("se-points-race-").FullName;
        var credits = Enumerable.Range(0, Shoppers).SelectMany(s => Enumerable.Range(0, PurchasesPerShopper)
            .Select(p => new PointsChange($"shopper-{s}", 10 + p, PointsKeys.Share($"purchase-{s}-{p}"), "share", "store-w", $"purchase-{s}-{p}"))).ToList();
        // Every credit twice (a replayed share), shuffled across the threads.
        var work = credits.Concat(credits).OrderBy(_ => Random.Shared.Next()).ToList();

        var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")], null, data);
        var ledger = gateway.App.Services.GetRequiredService<PointsLedger>();
        var before = await RestartMidway.RunAsync(gateway, work.Count, i => ledger.Credit(work[i]));

        await using var restarted = await GatewayFixture.StartAsync([], null, data);
        var again = restarted.App.Services.GetRequiredService<PointsLedger>();
        var retried = new ConcurrentBag<PointsResult>();
        await Parallel.ForEachAsync(credits, new ParallelOptions { MaxDegreeOfParallelism = 8 }, (c, _) =>
        {
            retried.Add(again.Credit(c));
            return ValueTask.CompletedTask;
        });

        var entries = restarted.Database.PointsEntries.FindAll().ToList();
        output.WriteLine($"{before.Count} of {work.Count} credits answered before the restart; {entries.Count} entries");
        Assert.True(!before.IsEmpty && before.Count < work.Count, "the restart fell in the middle");
        Assert.Equal(credits.Count, entries.Count);
        Assert.Equal(credits.Select(c => c.Key).Order(StringComparer.Ordinal), entries.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.All(retried, r => Assert.Null(r.Refusal));
        foreach (var shopper in credits.GroupBy(c => c.Shopper))
        {
            var balance = restarted.Database.PointsBalances.FindById(shopper.Key);
            Assert.Equal(shopper.Sum(c => c.Amount), balance.Balance);
            Assert.Equal(shopper.Sum(c => c.Amount), entries.Where(e => e.Shopper == shopper.Key).Sum(e => e.Amount));
            Assert.Equal(PurchasesPerShopper, balance.Entries);
            // The entry numbers are 1..n without a gap or a repeat: no two writers saw the same balance.
            Assert.Equal(Enumerable.Range(1, PurchasesPerShopper), entries.Where(e => e.Shopper == shopper.Key).Select(e => e.Seq).Order());
        }
    }

    [Fact]
    public async Task Debit_ManyThreadsOnFewBalances_NeverBelowZeroAndExactlyAsManyAsFit()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        var ledger = gateway.App.Services.GetRequiredService<PointsLedger>();
        for (var s = 0; s < 4; s++)
        {
            ledger.Credit(new PointsChange($"s{s}", 100, PointsKeys.Given($"c{s}"), "test"));
        }

        var results = new ConcurrentBag<(string Shopper, PointsResult Result)>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 80), new ParallelOptions { MaxDegreeOfParallelism = 16 }, (i, _) =>
        {
            var shopper = $"s{i % 4}";
            results.Add((shopper, ledger.Debit(new PointsChange(shopper, 30, PointsKeys.Given($"d{i}"), "test"))));
            return ValueTask.CompletedTask;
        });

        foreach (var shopper in results.GroupBy(r => r.Shopper))
        {
            // 100 points pay three debits of 30; the other seventeen are refused, whatever the interleaving.
            Assert.Equal(3, shopper.Count(r => r.Result.Applied));
            Assert.Equal(17, shopper.Count(r => r.Result.Refusal == "insufficient"));
            Assert.Equal(10, ledger.BalanceOf(shopper.Key));
        }

        Assert.Equal(4 * 17, gateway.Metrics.PointsRefused["insufficient"]);
    }

    [Fact]
    public async Task Redeem_OneCodeFromManyTillsAtOnce_ExactlyOneSucceeds()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        Assert.Equal(System.Net.HttpStatusCode.Created, (await gateway.Http.PostAsync("/api/coupons", Campaigns.CampaignDocs.Yaml(PointsApiTests.ForPoints))).StatusCode);
        var code = gateway.App.Services.GetRequiredService<ICouponIssuer>()
            .Issue(new CouponRequest("drink-for-points", "camp", "s1", "store-w", "zoneEntered", TimeProvider.System.GetUtcNow())).Code!;
        var coupons = gateway.App.Services.GetRequiredService<CouponLedger>();
        using var start = new Barrier(16);

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() =>
        {
            start.SignalAndWait();
            return coupons.Redeem("store-w", code, $"till-{i}/receipt-1", null, "till");
        })));

        Assert.Single(answers, a => a.Redeemed);
        Assert.All(answers.Where(a => !a.Redeemed), a => Assert.Equal("already_redeemed", a.Refusal));
        Assert.Single(gateway.Database.Redemptions.Find(r => r.Refusal == null));
    }

    [Fact]
    public async Task Budget_CampaignIssuesRacingPointsRedemptionsWithARestartMidway_NeverPastBudgetAndEveryDebitHasItsCode()
    {
        const int budget = 25;
        var data = Directory.CreateTempSubdirectory("se-points-budget-").FullName;
        var folder = Directory.CreateTempSubdirectory("se-points-coupons-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "shared.yaml"), PointsApiTests.ForPoints
            .Replace("drink-for-points", "shared", StringComparison.Ordinal).Replace("count: 2", $"count: {budget}", StringComparison.Ordinal)
            .Replace("perShopper: 5", "perShopper: 2", StringComparison.Ordinal));
        var settings = new Dictionary<string, string?> { ["Gateway:Coupons:Folder"] = folder, ["Gateway:Campaigns:Folder"] = null };
        var at = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        // Half the shoppers get campaign triggers, half buy with points; shoppers 10-19 do both. Each call twice.
        var issues = Enumerable.Range(0, 20).SelectMany(s => Enumerable.Range(0, 2)
            .Select(k => new CouponRequest("shared", "camp", $"shopper-{s}", "store-w", "zoneEntered", at.AddSeconds(k)))).ToList();
        var buys = Enumerable.Range(10, 20).SelectMany(s => Enumerable.Range(0, 2).Select(k => ($"shopper-{s}", $"tap-{k}"))).ToList();
        var work = issues.Select(i => (object)i).Concat(buys.Select(b => (object)b)).SelectMany(w => new[] { w, w }).OrderBy(_ => Random.Shared.Next()).ToList();

        var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")], settings, data);
        var points = gateway.App.Services.GetRequiredService<PointsLedger>();
        foreach (var shopper in buys.Select(b => b.Item1).Distinct())
        {
            points.Credit(new PointsChange(shopper, 1000, PointsKeys.Given(shopper), "test"));
        }

        var issuer = gateway.App.Services.GetRequiredService<ICouponIssuer>();
        var redemptions = gateway.App.Services.GetRequiredService<PointsRedemptions>();
        var before = await RestartMidway.RunAsync(gateway, work.Count, i => work[i] switch
        {
            CouponRequest r => issuer.Issue(r).Code,
            ValueTuple<string, string> (var shopper, var key) => redemptions.Redeem(shopper, "shared", null, key).Code,
            _ => null,
        });

        await using var restarted = await GatewayFixture.StartAsync([], settings, data);
        var issuerAgain = restarted.App.Services.GetRequiredService<ICouponIssuer>();
        var redemptionsAgain = restarted.App.Services.GetRequiredService<PointsRedemptions>();
        await Parallel.ForEachAsync(work.Distinct(), new ParallelOptions { MaxDegreeOfParallelism = 8 }, (w, ct) =>
        {
            _ = w is CouponRequest r ? issuerAgain.Issue(r).Code : redemptionsAgain.Redeem((((string, string))w).Item1, "shared", null, (((string, string))w).Item2).Code;
            return ValueTask.CompletedTask;
        });

        var ledger = restarted.Database.CouponIssues.FindAll().ToList();
        var debits = restarted.Database.PointsEntries.Find(e => e.Kind == "debit").ToList();
        output.WriteLine($"{before.Count} of {work.Count} calls answered before the restart; {ledger.Count} issued ({debits.Count} for points)");
        Assert.True(!before.IsEmpty && before.Count < work.Count, "the restart fell in the middle");
        Assert.Equal(budget, ledger.Count);
        Assert.Equal(budget, restarted.Database.CouponBudgets.FindById("shared").Issued);
        Assert.All(ledger.GroupBy(e => e.Shopper), g => Assert.InRange(g.Count(), 1, 2));
        // Never a debit without its code, never a code bought with points without its debit.
        Assert.Equal(ledger.Where(e => e.Campaign == PointsRedemptions.Campaign).Select(e => e.Id).Order(StringComparer.Ordinal),
            debits.Select(d => d.Code!).Order(StringComparer.Ordinal));
        foreach (var shopper in buys.Select(b => b.Item1).Distinct())
        {
            Assert.Equal(1000 - (200 * debits.Count(d => d.Shopper == shopper)), restarted.Database.PointsBalances.FindById(shopper).Balance);
        }

        // Whoever got a code keeps it: the same call answers one code at most, before the restart.
        Assert.All(before.Values, answers => Assert.True(answers.OfType<string>().Distinct(StringComparer.Ordinal).Count() <= 1));
    }
}

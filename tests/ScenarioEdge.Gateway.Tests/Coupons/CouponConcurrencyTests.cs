using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ScenarioEdge.Gateway.Tests.Coupons;

/// <summary>
/// One coupon with a budget of N, many triggers for many shoppers from many threads at once, each trigger delivered
/// twice, and the gateway stopped and started again on the same data directory in the middle: afterwards issued ≤ N,
/// no shopper above the limit, each issuance in the ledger once, and a retried trigger gets the code it got before.
/// </summary>
public sealed class CouponConcurrencyTests(ITestOutputHelper output)
{
    private const int Budget = 60;
    private const int PerShopper = 2;
    private const int Shoppers = 40;
    private const int TriggersPerShopper = 4;

    [Fact]
    public async Task Issue_ManyThreadsRedeliveriesAndARestartMidway_NeverPastBudgetOrLimitAndOncePerOccurrence()
    {
        var data = Directory.CreateTempSubdirectory("se-coupon-race-").FullName;
        var folder = Directory.CreateTempSubdirectory("se-coupon-folder-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "race.yaml"), $"""
            id: race
            version: 1
            name: Race
            kind: amount
            value: 1
            scope: {"{"} categories: [drinks] {"}"}
            validity: {"{"} days: 7 {"}"}
            budget: {"{"} count: {Budget} {"}"}
            perShopper: {PerShopper}
            stores: [store-w]
            """);
        var settings = new Dictionary<string, string?> { ["Gateway:Coupons:Folder"] = folder, ["Gateway:Campaigns:Folder"] = null };
        var at = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        // Every occurrence twice (a redelivery), shuffled across the threads.
        var occurrences = Enumerable.Range(0, Shoppers).SelectMany(s => Enumerable.Range(0, TriggersPerShopper)
            .Select(k => new CouponRequest("race", "camp", $"shopper-{s}", "store-w", "zoneEntered", at.AddSeconds(k)))).ToList();
        var work = occurrences.Concat(occurrences).OrderBy(_ => Random.Shared.Next()).ToList();
        var firstAnswers = new ConcurrentDictionary<CouponRequest, ConcurrentBag<string?>>();

        var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")], settings, data);
        var issuer = gateway.App.Services.GetRequiredService<ICouponIssuer>();
        var next = -1;
        var stopAt = work.Count / 2;
        using var goingDown = new ManualResetEventSlim();
        using var halfway = new SemaphoreSlim(0);
        var threads = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < work.Count)
            {
                var last = i >= stopAt;
                if (last)
                {
                    // Each thread holds its next call until the host is going down, makes it into the shutdown, and stops.
                    halfway.Release();
                    goingDown.Wait();
                }

                try
                {
                    var answer = issuer.Issue(work[i]);
                    firstAnswers.GetOrAdd(work[i], _ => []).Add(answer.Code);
                    if (last)
                    {
                        return;
                    }
                }
                catch (Exception ex) when (ex is ObjectDisposedException or LiteDB.LiteException or InvalidOperationException or IOException)
                {
                    // The gateway went down under this call: as for a crash, the caller never learned the answer.
                    return;
                }
            }
        })).ToArray();

        for (var t = 0; t < 8; t++)
        {
            Assert.True(await halfway.WaitAsync(TimeSpan.FromSeconds(60)), "every thread at the halfway mark");
        }

        // Down in the middle: the calls made during the shutdown finish or fail with the host; after, none reaches it.
        var stopping = gateway.DisposeAsync().AsTask();
        goingDown.Set();
        await stopping;
        await Task.WhenAll(threads);
        var answeredBefore = firstAnswers.Count;

        await using var restarted = await GatewayFixture.StartAsync([], settings, data);
        var again = restarted.App.Services.GetRequiredService<ICouponIssuer>();
        // Every trigger retried after the restart, from many threads again.
        var retried = new ConcurrentDictionary<CouponRequest, string?>();
        await Parallel.ForEachAsync(occurrences, new ParallelOptions { MaxDegreeOfParallelism = 8 }, (r, _) =>
        {
            retried[r] = again.Issue(r).Code;
            return ValueTask.CompletedTask;
        });

        var ledger = restarted.Database.CouponIssues.FindAll().ToList();
        output.WriteLine($"{answeredBefore} occurrences answered before the restart; {ledger.Count} issued of a budget of {Budget}");
        Assert.True(answeredBefore > 0 && answeredBefore < occurrences.Count, "the restart fell in the middle");
        Assert.Equal(Budget, ledger.Count);
        Assert.Equal(Budget, restarted.Database.CouponBudgets.FindById("race").Issued);
        Assert.All(ledger.GroupBy(e => e.Shopper), g => Assert.InRange(g.Count(), 1, PerShopper));
        Assert.Equal(ledger.Count, ledger.Select(e => e.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ledger.Count, ledger.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        // Whoever got a code keeps it: the same occurrence answers the same code, before and after the restart.
        foreach (var (request, answers) in firstAnswers)
        {
            var codes = answers.Where(c => c is not null).Distinct(StringComparer.Ordinal).ToList();
            Assert.True(codes.Count <= 1, $"{request.Shopper} at {request.EventTime:O} got {codes.Count} codes");
            if (codes.Count == 1)
            {
                Assert.Equal(codes[0], retried[request]);
            }
        }

        Assert.Equal(ledger.Select(e => e.Id).Order(StringComparer.Ordinal), retried.Values.OfType<string>().Order(StringComparer.Ordinal));
    }
}

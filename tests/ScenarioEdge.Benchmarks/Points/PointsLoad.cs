using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Benchmarks.Coupons;
using ScenarioEdge.Coupons.Points;
using ScenarioEdge.Gateway;
using ScenarioEdge.Gateway.Points;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Benchmarks.Points;

/// <summary>
/// <c>dotnet run -c Release --project tests/ScenarioEdge.Benchmarks -- points [credits] [threads] [shoppers] [redemptions]</c>:
/// the hosted gateway on a temporary data directory; points credits per second through the ledger (many shoppers,
/// so many owners, from many threads; then all on one shopper, one owner), then points-for-a-coupon redemptions
/// per second (a debit and a code in one transaction, under two owners).
/// </summary>
internal static class PointsLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var credits = CouponLoad.Arg(args, 0, 5_000);
        var threads = CouponLoad.Arg(args, 1, 8);
        var shoppers = CouponLoad.Arg(args, 2, 500);
        var redemptions = CouponLoad.Arg(args, 3, 1_000);
        var data = Directory.CreateTempSubdirectory("se-points-load-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Gateway:DataDirectory"] = data,
            ["Gateway:HttpAddress"] = "127.0.0.1",
            ["Gateway:HttpPort"] = CouponLoad.FreePort().ToString(CultureInfo.InvariantCulture),
            ["Gateway:Broker:Address"] = "127.0.0.1",
            ["Gateway:Broker:Port"] = CouponLoad.FreePort().ToString(CultureInfo.InvariantCulture),
            ["Gateway:HttpsPort"] = CouponLoad.FreePort().ToString(CultureInfo.InvariantCulture),
            ["Gateway:Broker:TlsPort"] = CouponLoad.FreePort().ToString(CultureInfo.InvariantCulture),
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        await using var app = GatewayHost.Create([], b => b.Configuration.AddInMemoryCollection(settings));
        await app.StartAsync();
        var ledger = app.Services.GetRequiredService<PointsLedger>();

        Measure($"{credits} credits over {shoppers} shoppers with {threads} threads", credits, threads,
            i => ledger.Credit(new PointsChange($"shopper-{i % shoppers}", 10, PointsKeys.Share($"many-{i}"), "share", "store-1")).Applied);
        Measure($"{credits} credits on one shopper with {threads} threads", credits, threads,
            i => ledger.Credit(new PointsChange("one", 10, PointsKeys.Share($"one-{i}"), "share", "store-1")).Applied);

        var store = app.Services.GetRequiredService<ScenarioEdge.Gateway.Coupons.CouponStore>();
        var yaml = "id: load\nversion: 1\nname: Load\nkind: freeItem\nscope: { categories: [any] }\nvalidity: { days: 30 }\nperShopper: 1000\npointsCost: 10\nstores: [\"*\"]\n";
        var loaded = ScenarioEdge.Coupons.Loading.CouponLoader.FromYaml(yaml, app.Services.GetRequiredService<ScenarioEdge.Campaigns.Validation.ICampaignCatalog>());
        if (!loaded.IsValid || store.Create(loaded.Document!, "load").Status != 201)
        {
            await Console.Error.WriteLineAsync("the load coupon was not created: " + string.Join("; ", loaded.Problems));
            return 1;
        }

        // A coupon is issued for a known store: one is provisioned through the operator API, as an operator would.
        var key = app.Services.GetRequiredService<ApiKeys>().Create("load", OperatorRole.Operator).Key;
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{settings["Gateway:HttpPort"]}") };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        const string Scenario = "store:\n  id: store-1\n  zones:\n    - { id: z, x: 0, y: 0 }\n  scanners:\n    - { device: d1, zone: z, x: 0, y: 0 }\n";
        using (var provisioned = await http.PostAsync("/api/provisioning/scenario", new StringContent(Scenario, System.Text.Encoding.UTF8, "application/yaml")))
        {
            provisioned.EnsureSuccessStatusCode();
        }

        var catalog = app.Services.GetRequiredService<ScenarioEdge.Campaigns.Validation.ICampaignCatalog>();
        for (var wait = 0; wait < 100 && !catalog.Stores.Contains("store-1"); wait++)
        {
            await Task.Delay(50);
        }

        var redeem = app.Services.GetRequiredService<PointsRedemptions>();
        Measure($"{redemptions} points-for-a-coupon redemptions over {shoppers} shoppers with {threads} threads", redemptions, threads,
            i => redeem.Redeem($"shopper-{i % shoppers}", "load", "store-1", $"r-{i}").Code is not null);

        var db = app.Services.GetRequiredService<GatewayDatabase>();
        Console.WriteLine($"ledger: {db.PointsEntries.Count()} points entries, {db.PointsBalances.Count()} balances, {db.CouponIssues.Count()} coupons");
        await app.StopAsync();
        return 0;
    }

    private static void Measure(string what, int count, int threads, Func<int, bool> work)
    {
        var ok = 0;
        var watch = Stopwatch.StartNew();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            if (work(i))
            {
                Interlocked.Increment(ref ok);
            }
        });
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"{what}: {ok} applied in {seconds:F2} s, {count / seconds:F0}/s");
    }
}

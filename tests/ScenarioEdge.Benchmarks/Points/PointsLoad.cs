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

using ScenarioEdge.Benchmarks.Load;

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
        var (gateway, port) = await LoadRun.StartGatewayAsync("points");
        await using var app = gateway;
        var ledger = app.Services.GetRequiredService<PointsLedger>();

        LoadRun.Measure($"{credits} credits over {shoppers} shoppers with {threads} threads", credits, threads,
            i => ledger.Credit(new PointsChange($"shopper-{i % shoppers}", 10, PointsKeys.Share($"many-{i}"), "share", "store-1")).Applied);
        LoadRun.Measure($"{credits} credits on one shopper with {threads} threads", credits, threads,
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
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
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
        LoadRun.Measure($"{redemptions} points-for-a-coupon redemptions over {shoppers} shoppers with {threads} threads", redemptions, threads,
            i => redeem.Redeem($"shopper-{i % shoppers}", "load", "store-1", $"r-{i}").Code is not null);

        var db = app.Services.GetRequiredService<GatewayDatabase>();
        Console.WriteLine($"ledger: {db.PointsEntries.Count()} points entries, {db.PointsBalances.Count()} balances, {db.CouponIssues.Count()} coupons");
        await app.StopAsync();
        return 0;
    }

}

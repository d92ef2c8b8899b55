using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Gateway;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Storage;

using ScenarioEdge.Benchmarks.Load;

namespace ScenarioEdge.Benchmarks.Coupons;

/// <summary>
/// <c>dotnet run -c Release --project tests/ScenarioEdge.Benchmarks -- coupons [issuances] [threads] [redemptions] [concurrency]</c>:
/// the hosted gateway on a temporary data directory; issuances per second through the ledger (from many threads, as
/// the runtime and other callers would), then redemption latency over HTTP (operator key, one Idempotency-Key each).
/// </summary>
internal static class CouponLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var issuances = Arg(args, 0, 5_000);
        var threads = Arg(args, 1, 8);
        var redemptions = Arg(args, 2, 2_000);
        var concurrency = Arg(args, 3, 8);
        if (Environment.GetEnvironmentVariable("SE_MIN_THREADS") is { } min)
        {
            ThreadPool.SetMinThreads(int.Parse(min, CultureInfo.InvariantCulture), int.Parse(min, CultureInfo.InvariantCulture));
        }

        var (gateway, port) = await LoadRun.StartGatewayAsync("coupon");
        await using var app = gateway;
        var key = app.Services.GetRequiredService<ApiKeys>().Create("load", OperatorRole.Operator).Key;
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var yaml = "id: load\nversion: 1\nname: Load\nkind: amount\nvalue: 1\nscope: { categories: [any] }\nvalidity: { days: 30 }\nperShopper: 1000\nstores: [\"*\"]\n";
        using (var created = await http.PostAsync("/api/coupons", new StringContent(yaml, System.Text.Encoding.UTF8, "application/yaml")))
        {
            created.EnsureSuccessStatusCode();
        }

        var issuer = app.Services.GetRequiredService<ICouponIssuer>();
        var at = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        var codes = new string?[issuances];
        var watch = Stopwatch.StartNew();
        await Parallel.ForAsync(0, issuances, new ParallelOptions { MaxDegreeOfParallelism = threads }, (i, _) =>
        {
            codes[i] = issuer.Issue(new CouponRequest("load", "camp", $"shopper-{i % 500}", "store-1", "zoneEntered", at.AddSeconds(i))).Code;
            return ValueTask.CompletedTask;
        });
        var issueSeconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"issued {codes.Count(c => c is not null)} of {issuances} with {threads} threads in {issueSeconds:F2} s: {issuances / issueSeconds:F0} issuances/s");

        var latencies = new double[Math.Min(redemptions, issuances)];
        var statuses = new HttpStatusCode[latencies.Length];
        watch.Restart();
        await Parallel.ForAsync(0, latencies.Length, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/stores/store-1/redemptions") { Content = JsonContent.Create(new { code = codes[i] }) };
            request.Headers.Add("Idempotency-Key", $"load-{i}");
            var started = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(request, ct);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            statuses[i] = response.StatusCode;
        });
        var redeemSeconds = watch.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        Console.WriteLine($"redeemed {statuses.Count(s => s == HttpStatusCode.OK)} of {latencies.Length} at concurrency {concurrency} in {redeemSeconds:F2} s " +
            $"({latencies.Length / redeemSeconds:F0}/s): p50 {Percentile(latencies, 0.50):F2} ms, p99 {Percentile(latencies, 0.99):F2} ms, max {latencies[^1]:F2} ms");
        var db = app.Services.GetRequiredService<GatewayDatabase>();
        Console.WriteLine($"ledger: {db.CouponIssues.Count()} entries, {db.CouponIssues.Count(c => c.RedeemedAt != null)} redeemed");
        await app.StopAsync();
        return 0;
    }

    internal static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    internal static int Arg(string[] args, int index, int otherwise) =>
        args.Length > index + 1 && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var v) ? v : otherwise;

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using ScenarioEdge.Benchmarks.Coupons;
using ScenarioEdge.Gateway;

namespace ScenarioEdge.Benchmarks.Load;

/// <summary>What the ledger load commands (coupons, points, checkout) share: a bare hosted gateway and a timed parallel loop.</summary>
internal static class LoadRun
{
    /// <summary>The hosted gateway on a fresh temporary data directory, every listener on a free loopback port, logging at Warning.</summary>
    public static async Task<(WebApplication App, int HttpPort)> StartGatewayAsync(string name)
    {
        var data = Directory.CreateTempSubdirectory($"se-{name}-load-").FullName;
        var port = CouponLoad.FreePort();
        var settings = new Dictionary<string, string?>
        {
            ["Gateway:DataDirectory"] = data,
            ["Gateway:HttpAddress"] = "127.0.0.1",
            ["Gateway:HttpPort"] = port.ToString(CultureInfo.InvariantCulture),
            ["Gateway:Broker:Address"] = "127.0.0.1",
            ["Gateway:Broker:Port"] = CouponLoad.FreePort().ToString(CultureInfo.InvariantCulture),
            ["Gateway:HttpsPort"] = CouponLoad.FreePort().ToString(CultureInfo.InvariantCulture),
            ["Gateway:Broker:TlsPort"] = CouponLoad.FreePort().ToString(CultureInfo.InvariantCulture),
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        var app = GatewayHost.Create([], b => b.Configuration.AddInMemoryCollection(settings));
        await app.StartAsync();
        return (app, port);
    }

    /// <summary>Runs <paramref name="work"/> for 0..count-1 on <paramref name="threads"/> threads and prints how many succeeded and the rate.</summary>
    public static void Measure(string what, int count, int threads, Func<int, bool> work)
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
        Console.WriteLine($"{what}: {ok}/{count} applied in {seconds:F2} s, {count / seconds:F0}/s");
    }
}

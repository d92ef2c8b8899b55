using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Delivery;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Scenes;

namespace ScenarioEdge.Benchmarks.Load;

/// <summary>
/// <c>campaign-load [--shoppers 10000] [--threads 2] [key=value gateway settings, e.g. Gateway:Campaigns:Folder=dir]</c>: drives every shopper through a visit
/// of the demo store (enter, the drinks zone, dwell at the drinks shelf, leave) as scene changes into the real
/// trigger stream of a real gateway, phase by phase, and prints once a second and at the end: decisions/s, pushes/s
/// written, queue depths and the write latency of the batched LiteDB writes. After the stop it opens the file again
/// and checks that every decision counted was written.
/// </summary>
internal static class CampaignLoadCommand
{
    private static readonly string[] Phases = ["enter", "drinks", "dwell", "leave"];

    public static async Task<int> RunAsync(string[] args)
    {
        var shoppers = Option(args, "--shoppers", 10_000);
        var threads = Option(args, "--threads", 2);
        var settings = args.Where(a => a.Contains('=', StringComparison.Ordinal)).Select(a => a.Split('=', 2)).ToDictionary(p => p[0], p => (string?)p[1], StringComparer.Ordinal);
        var repository = LoadGateway.Repository();
        var data = Directory.CreateTempSubdirectory("se-load-").FullName;
        using var timings = new WriteTimings();
        var app = await LoadGateway.StartAsync(repository, data, settings);
        var ids = LoadGateway.SeedShoppers(app, shoppers);
        // The folder is read before the store is provisioned: its campaigns become valid (and active) just after.
        var active = app.Services.GetRequiredService<ScenarioEdge.Campaigns.Compilation.ActiveCampaigns>();
        var folder = settings.GetValueOrDefault("Gateway:Campaigns:Folder") ?? Path.Combine(repository, "docs", "campaigns");
        var documents = Directory.GetFiles(folder, "*.yaml").Length;
        while (active.Current.ById.Count < documents)
        {
            await Task.Delay(50);
        }

        var sink = app.Services.GetRequiredService<SceneTriggerSource>();
        var triggers = app.Services.GetRequiredService<CampaignTriggers>();
        var pushes = app.Services.GetRequiredService<PushQueue>();
        var metrics = app.Services.GetRequiredService<GatewayMetrics>();
        Console.WriteLine($"// campaign-load: {shoppers} shoppers, {threads} threads raising, {Environment.ProcessorCount} cores, data {data}");

        var clock = Stopwatch.StartNew();
        var visits = new string[ids.Count];
        long raised = 0;
        using var report = new Timer(_ => Print(clock, Interlocked.Read(ref raised), triggers.Reader.Count, pushes.Reader.Count, metrics), null, 1000, 1000);
        foreach (var phase in Phases)
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, ids.Count), new ParallelOptions { MaxDegreeOfParallelism = threads }, (i, _) =>
            {
                sink.OnSceneChange(Change(phase, ids[i]));
                Interlocked.Increment(ref raised);
                return ValueTask.CompletedTask;
            });
            // The next step of a visit comes after this one was decided (rounds resolved too), as a shopper takes
            // seconds between them: the queue empty and no new decision for 300 ms.
            var (seen, quiet) = (-1L, 0);
            while (quiet < 3)
            {
                await Task.Delay(100);
                var now = Totals(metrics).Decisions;
                (seen, quiet) = triggers.Reader.Count == 0 && now == seen ? (now, quiet + 1) : (now, 0);
            }
        }

        var decided = clock.Elapsed;
        while (pushes.Reader.Count > 0)
        {
            await Task.Delay(20);
        }

        var delivered = clock.Elapsed;
        var (decisions, pushesOut) = Totals(metrics);
        foreach (var line in metrics.Render().Split('\n').Where(l => l.StartsWith("se_campaign_decisions_total{", StringComparison.Ordinal)))
        {
            Console.WriteLine("// " + line);
        }

        Print(clock, raised, triggers.Reader.Count, pushes.Reader.Count, metrics);
        await app.StopAsync();
        await app.DisposeAsync();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// {raised} scene changes; {decisions} decisions in {decided.TotalSeconds:0.0} s = {decisions / decided.TotalSeconds:0} decisions/s; {pushesOut} pushes in {delivered.TotalSeconds:0.0} s = {pushesOut / delivered.TotalSeconds:0} pushes/s"));
        foreach (var name in new[] { "se_campaign_write_seconds", "se_push_write_seconds", "se_ingest_to_push_seconds" })
        {
            var (count, p50, p99, max) = timings.Of(name);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// {name}: {count} observations, p50 {p50:0.0} ms, p99 {p99:0.0} ms, max {max:0.0} ms"));
        }

        using var file = new GatewayDatabase(Path.Combine(data, "scenarioedge.db"));
        var written = file.Decisions.Count() + file.DecisionDays.FindAll().Sum(d => d.Count);
        var recorded = file.Pushes.Count();
        Console.WriteLine($"// in the file after the stop: {written} decisions (counted {decisions}), {recorded} pushes (published {pushesOut})");
        return written == decisions && recorded >= pushesOut ? 0 : 1;
    }

    private static SceneChange Change(string phase, string shopper)
    {
        var at = TimeProvider.System.GetUtcNow();
        return phase switch
        {
            "enter" => new(SceneChangeKind.Entered, shopper, "demo-store", SceneState.InStore, SceneState.Unknown, "entrance", null, false, null, 0.9, [], at, TimeProvider.System.GetTimestamp()),
            "drinks" => new(SceneChangeKind.ZoneChanged, shopper, "demo-store", SceneState.InStore, SceneState.InStore, "drinks", "entrance", false, null, 0.9, [], at, TimeProvider.System.GetTimestamp()),
            "dwell" => new(SceneChangeKind.DwellStarted, shopper, "demo-store", SceneState.InStore, SceneState.InStore, "drinks", "drinks", true, "drinks-shelf", 0.9, [], at, TimeProvider.System.GetTimestamp()),
            _ => new(SceneChangeKind.LeftMovedAway, shopper, "demo-store", SceneState.Unknown, SceneState.InStore, null, "drinks", false, null, 0.9, [], at, TimeProvider.System.GetTimestamp()),
        };
    }

    private static void Print(Stopwatch clock, long raised, int triggers, int pushes, GatewayMetrics metrics)
    {
        var (decisions, pushesOut) = Totals(metrics);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{clock.Elapsed.TotalSeconds,6:0.0} s  scene changes {raised,7}  trigger queue {triggers,6}  decisions {decisions,7}  push queue {pushes,6}  pushes out {pushesOut,7}  displays {metrics.DisplayUpdates,6}"));
    }

    /// <summary>Decisions (all campaigns and outcomes) and pushes published, as /metrics serves them.</summary>
    private static (long Decisions, long Pushes) Totals(GatewayMetrics metrics)
    {
        var text = metrics.Render();
        long decisions = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("se_campaign_decisions_total{", StringComparison.Ordinal))
            {
                decisions += (long)double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
            }
        }

        return (decisions, metrics.PushesOut);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}

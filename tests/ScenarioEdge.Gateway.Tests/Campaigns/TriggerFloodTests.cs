using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Campaigns;

/// <summary>
/// The campaign runtime's trigger queue under a burst far above its capacity: what does not fit is refused, counted
/// and summarised (not a line each); what was accepted ends in a recorded decision, also when the stop runs out of
/// time with the queue full (kept, and decided at the next start).
/// </summary>
public sealed class TriggerFloodTests
{
    private const int Capacity = 1024;

    // Large enough that the runtime cannot empty it while the stopping thread is preempted on a loaded machine.
    private const int StopCapacity = 16_384;
    private const int Burst = 20_000;

    [Fact]
    public async Task Raise_BurstFarAboveCapacity_DropsCountedAndSummarisedEveryAcceptedDecided()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("shelf.yaml")], Settings(TimeSpan.FromSeconds(2)));
        var alice = gateway.Shopper("alice");

        var accepted = Flood(gateway, alice, TriggerKind.StoreEntered);

        Assert.InRange(accepted, 1, Burst - 1);
        Assert.Equal(Burst - accepted, gateway.Metrics.CampaignTriggersDropped);
        await Eventually.TrueAsync(() => Decisions(gateway, "welcome") == accepted, $"{accepted} decisions of the welcome (one per accepted trigger)", TimeSpan.FromSeconds(60));
        using (var health = await gateway.Http.GetAsync(new Uri("/health/ready", UriKind.Relative)))
        {
            Assert.True(health.IsSuccessStatusCode, "the gateway stays up and ready under the flood");
        }

        gateway.App.Services.GetRequiredService<RefusalLog>().Flush();
        var lines = gateway.Logs.Warnings.Where(w => w.Contains("trigger_queue_full", StringComparison.Ordinal)).ToList();
        Assert.InRange(lines.Count, 2, 3);
        Assert.Contains(lines, l => l.Contains($"trigger_queue_full {(Burst - accepted).ToString("N0", CultureInfo.InvariantCulture)} ", StringComparison.Ordinal));
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Stop_OutOfTimeWithTheQueueFull_AcceptedTriggersKeptAndDecidedAtTheNextStart()
    {
        var directory = Directory.CreateTempSubdirectory("se-flood-").FullName;
        string alice;
        long accepted;
        await using (var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("shelf.yaml")], Settings(TimeSpan.Zero, StopCapacity), directory))
        {
            alice = gateway.Shopper("alice");
            var triggers = gateway.App.Services.GetRequiredService<CampaignTriggers>();
            // Raised without pause until the stop closes the queue, so the queue is full when the stop's budget
            // (zero) runs out. A pick shows on the display: each send is a retained publish, the slow channel.
            using var stopFlood = new CancellationTokenSource();
            var flood = Task.Run(() => Flood(gateway, alice, TriggerKind.ShelfPick, stopFlood.Token));
            await Eventually.TrueAsync(() => triggers.Reader.Count >= StopCapacity - 64, "the queue full");
            await gateway.App.StopAsync();
            await stopFlood.CancelAsync();
            accepted = await flood;
            Assert.True(
                gateway.Logs.Warnings.Any(w => w.Contains("campaign triggers not yet decided: kept", StringComparison.Ordinal)),
                string.Join("\n", gateway.Logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning).Select(e => e.Message)));
            gateway.AssertNoErrorsLogged();
        }

        await using (var restarted = await GatewayFixture.StartAsync(settings: Settings(TimeSpan.FromSeconds(2), StopCapacity), dataDirectory: directory))
        {
            var runtime = restarted.App.Services.GetRequiredService<CampaignRuntime>();
            await Eventually.TrueAsync(
                () =>
                {
                    runtime.FlushNow();
                    return restarted.Database.Decisions.Count(d => d.Shopper == alice && d.Campaign == "shelf-pick") == accepted;
                },
                $"{accepted} decisions of shelf-pick in the file (one per accepted trigger)",
                TimeSpan.FromSeconds(60));
            Assert.Equal(0, restarted.Database.UndecidedTriggers.Count());
            restarted.AssertNoErrorsLogged();
        }
    }

    private static Dictionary<string, string?> Settings(TimeSpan drain, int capacity = Capacity) => new()
    {
        ["Gateway:Campaigns:TriggerQueueCapacity"] = capacity.ToString(CultureInfo.InvariantCulture),
        ["Gateway:Campaigns:ArbitrationWindow"] = "00:00:00",
        ["Gateway:ShutdownDrainTimeout"] = drain.ToString("c", CultureInfo.InvariantCulture),
    };

    /// <summary>Raises <see cref="Burst"/> triggers of alice (or more, until <paramref name="until"/>) from four threads at once; returns how many were accepted.</summary>
    private static long Flood(GatewayFixture gateway, string shopper, TriggerKind kind, CancellationToken? until = null)
    {
        var triggers = gateway.App.Services.GetRequiredService<CampaignTriggers>();
        var at = TimeProvider.System.GetUtcNow();
        long accepted = 0;
        Parallel.For(0, until is null ? Burst : int.MaxValue, new ParallelOptions { MaxDegreeOfParallelism = 4 }, (i, loop) =>
        {
            if (until?.IsCancellationRequested == true)
            {
                loop.Stop();
                return;
            }

            var fact = TriggerFact.Create(kind, at.AddTicks(i), shopper, "store-s") with
            {
                Visit = "store-s@flood", Zone = "drinks", Shelf = "drinks-shelf", Product = "sports-500", Confidence = 1,
            };
            if (triggers.Raise(fact))
            {
                Interlocked.Increment(ref accepted);
            }
        });
        return accepted;
    }

    /// <summary>Decisions of <paramref name="campaign"/>, every outcome, as /metrics counts them.</summary>
    private static long Decisions(GatewayFixture gateway, string campaign) =>
        gateway.Metrics.Render().Split('\n')
            .Where(l => l.StartsWith($"se_campaign_decisions_total{{campaign=\"{campaign}\"", StringComparison.Ordinal))
            .Sum(l => (long)double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
}

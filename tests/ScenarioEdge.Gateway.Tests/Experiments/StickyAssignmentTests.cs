using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Experiments.Assignment;
using ScenarioEdge.Gateway.Privacy;
using ScenarioEdge.Gateway.Tests.Campaigns;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using static ScenarioEdge.Gateway.Tests.Experiments.ExperimentRig;

namespace ScenarioEdge.Gateway.Tests.Experiments;

/// <summary>
/// The arm is fixed at first exposure and read back after a restart: a new version with other weights, under which
/// the hash alone would move the shopper, moves no one already exposed. Erasure unlinks the journeys and keeps them.
/// </summary>
public sealed class StickyAssignmentTests
{
    [Fact]
    public async Task Restart_WeightsChanged_ExposedShopperKeepsTheArmAndItsContent()
    {
        var (data, alice) = await ProbeAsync();
        var after = new[] { new Arm("a", 1), new Arm("b", 99) };
        var salt = Enumerable.Range(0, 10_000).Select(i => $"salt-{i}")
            .First(s => Assigner.Assign(s, alice, [new Arm("a", 50), new Arm("b", 50)]).Name == "a" && Assigner.Assign(s, alice, after).Name == "b");
        var folder = Folder(("x-sticky.yaml", Sticky(salt, version: 1, weightA: 1, weightB: 1)));
        var time = new ShiftedTimeProvider();
        await using (var first = await StartAsync(folder, data: data, time: time, campaigns: "x-sticky"))
        {
            var player = new ScenePlayer(first, alice, "store-w");
            player.Enter("entrance", time.GetUtcNow().AddSeconds(-5));
            player.MoveTo("aisle", time.GetUtcNow().AddSeconds(-4));
            var sent = await DecisionApi.WaitForAsync(first, alice, "x-sticky", "sent");
            Assert.Equal("a", sent.Text("arm"));
        }

        Write(folder, ("x-sticky.yaml", Sticky(salt, version: 2, weightA: 1, weightB: 99)));
        time.Advance(TimeSpan.FromMinutes(10));
        await using var second = await StartAsync(folder, data: data, time: time, campaigns: "x-sticky");
        await Eventually.TrueAsync(() => second.App.Services.GetRequiredService<ScenarioEdge.Campaigns.Compilation.ActiveCampaigns>().Current.ById["x-sticky"].Version == 2, "version 2 active");
        var again = new ScenePlayer(second, alice, "store-w");
        again.Enter("entrance", time.GetUtcNow().AddSeconds(-5));
        again.MoveTo("aisle", time.GetUtcNow().AddSeconds(-4));

        await Eventually.TrueAsync(() => second.Database.Pushes.Count(p => p.Campaign == "x-sticky" && p.Shopper == alice) == 2, "the second push");
        Assert.All(second.Database.Pushes.Find(p => p.Campaign == "x-sticky"), p => Assert.Equal("Title A", p.Title));
        Assert.All(await DecisionApi.GetAsync(second, alice, "?campaign=x-sticky"), d => Assert.Equal("a", d.Text("arm")));
        Assert.Equal("a", Assert.Single(second.Journeys("x-sticky")).Arm);
        Assert.Equal("a", Assert.Single(second.Database.Assignments.FindAll()).Arm);
        second.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Erasure_JourneysKeptUnlinked_ArmsGone_ExportHadThem()
    {
        var folder = Folder(("x-erase.yaml", Campaign("x-erase", "experiment: {holdoutPercent: 50, variants: [{name: a, weight: 1}]}")));
        await using var gateway = await StartAsync(folder, campaigns: "x-erase");
        var alice = gateway.Shopper("alice");
        var player = new ScenePlayer(gateway, alice, "store-w");
        player.Enter("entrance", TimeProvider.System.GetUtcNow().AddSeconds(-5));
        player.MoveTo("aisle", TimeProvider.System.GetUtcNow().AddSeconds(-4));
        await Eventually.TrueAsync(() => gateway.Journeys("x-erase").Count == 1, "the exposure");
        var holder = gateway.App.Services.GetServices<IShopperDataHolder>().Single(h => h.Name == "experimentJourneys");

        var exported = holder.Export(alice);
        var erased = holder.EraseData(alice);

        Assert.Equal(2, exported.Count);
        Assert.Equal(2, erased);
        var kept = Assert.Single(gateway.Journeys("x-erase"));
        Assert.StartsWith("erased:", kept.Unit, StringComparison.Ordinal);
        Assert.DoesNotContain(alice, kept.Unit, StringComparison.Ordinal);
        Assert.Equal(0, gateway.Database.Journeys.Count(j => j.Shopper == alice));
        Assert.Equal(0, gateway.Database.Assignments.Count());
        Assert.Empty(holder.Export(alice));
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Retention_RunningCampaignKeepsTheLink_EndedOneUnlinked()
    {
        var folder = Folder(("x-run.yaml", Campaign("x-run")), ("x-end.yaml", Campaign("x-end", priority: 1)));
        await using var gateway = await StartAsync(folder, campaigns: ["x-run", "x-end"]);
        var alice = gateway.Shopper("alice");
        var player = new ScenePlayer(gateway, alice, "store-w");
        player.Enter("entrance", TimeProvider.System.GetUtcNow().AddSeconds(-5));
        player.MoveTo("aisle", TimeProvider.System.GetUtcNow().AddSeconds(-4));
        await Eventually.TrueAsync(() => gateway.Journeys("x-run").Count == 1 && gateway.Journeys("x-end").Count == 1, "both exposures");
        var holder = gateway.App.Services.GetServices<IShopperDataHolder>().Single(h => h.Name == "experimentJourneys");
        var future = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(1);

        Assert.Equal(0, holder.ExpireBefore(future));
        gateway.App.Services.GetRequiredService<ScenarioEdge.Campaigns.Compilation.ActiveCampaigns>().Deactivate("x-end");
        Assert.Equal(2, holder.ExpireBefore(future));

        Assert.Equal(alice, Assert.Single(gateway.Journeys("x-run")).Unit);
        Assert.StartsWith("erased:", Assert.Single(gateway.Journeys("x-end")).Unit, StringComparison.Ordinal);
        Assert.Equal("x-run", Assert.Single(gateway.Database.Assignments.FindAll()).Campaign);
    }

    private static string Sticky(string salt, int version, int weightA, int weightB) => Campaign("x-sticky", $$"""
        experiment:
          salt: {{salt}}
          variants:
            - { name: a, weight: {{weightA}}, content: { appPush: { title: "Title A", body: "A", deepLink: "app://a" } } }
            - { name: b, weight: {{weightB}}, content: { appPush: { title: "Title B", body: "B", deepLink: "app://b" } } }
        """, version: version);
}

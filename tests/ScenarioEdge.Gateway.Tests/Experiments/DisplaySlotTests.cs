using ScenarioEdge.Experiments.Assignment;
using ScenarioEdge.Gateway.Tests.Campaigns;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using static ScenarioEdge.Gateway.Tests.Experiments.ExperimentRig;

namespace ScenarioEdge.Gateway.Tests.Experiments;

/// <summary>
/// A display experiment is randomised by display × time slot (cluster randomisation): every shopper in front of the
/// display in one slot sees the slot's arm, even two shoppers whom a per-shopper assignment would split.
/// </summary>
public sealed class DisplaySlotTests
{
    [Fact]
    public async Task DisplayExperiment_TwoShoppersInOneSlot_SeeOneArmAndMakeOneUnit()
    {
        var scenario = Path.Combine(Directory.CreateTempSubdirectory("se-slot-").FullName, "two.yaml");
        var welcome = await File.ReadAllTextAsync(GatewayFixture.ScenarioPath("welcome.yaml"));
        // The welcome store with a second consenting shopper, carol (and no expectations: the test checks its own).
        await File.WriteAllTextAsync(scenario, welcome[..welcome.IndexOf("expect:", StringComparison.Ordinal)] + """
              - id: carol
                install: app-carol
                consent: [presence, offers]
                journey:
                  - { at: 4, in: entrance }
                  - { at: 20, in: outside }

            """);
        var data = Directory.CreateTempSubdirectory("se-slot-data-").FullName;
        string alice, carol;
        await using (var probe = await GatewayFixture.StartAsync([scenario], new Dictionary<string, string?> { ["Gateway:Campaigns:Folder"] = Folder() }, data))
        {
            (alice, carol) = (probe.Shopper("alice"), probe.Shopper("carol"));
        }

        var arms = new[] { new Arm("a", 50), new Arm("b", 50) };
        var salt = Enumerable.Range(0, 1000).Select(i => $"salt-{i}").First(s => Assigner.Assign(s, alice, arms).Name != Assigner.Assign(s, carol, arms).Name);
        var folder = Folder(("x-slot.yaml", $$"""
            id: x-slot
            version: 1
            name: x-slot
            stores: [store-w]
            trigger:
              kind: zoneEntered
            conditions:
              - zones: [aisle]
            content:
              shelfDisplay: { display: nearest, title: "Offer in the {zone}", ttl: 60s }
            experiment:
              salt: {{salt}}
              variants:
                - { name: a, weight: 1 }
                - { name: b, weight: 1, content: { shelfDisplay: { display: nearest, title: "B offer", ttl: 60s } } }
            """));
        await using var gateway = await GatewayFixture.StartAsync([scenario],
            new Dictionary<string, string?> { ["Gateway:Campaigns:Folder"] = folder, ["Gateway:Experiments:GlobalControlPercent"] = "0" }, data);
        await Eventually.TrueAsync(() => gateway.App.Services.GetService(typeof(ScenarioEdge.Campaigns.Compilation.ActiveCampaigns)) is ScenarioEdge.Campaigns.Compilation.ActiveCampaigns a && a.Current.ById.ContainsKey("x-slot"), "x-slot active");
        var now = TimeProvider.System.GetUtcNow();
        var slotStart = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerHour), TimeSpan.Zero);
        var t = now.AddSeconds(-20) >= slotStart ? now.AddSeconds(-20) : slotStart;

        foreach (var (shopper, offset) in new[] { (alice, 0), (carol, 2) })
        {
            var player = new ScenePlayer(gateway, shopper, "store-w");
            player.Enter("entrance", t.AddSeconds(offset));
            player.MoveTo("aisle", t.AddSeconds(offset + 1));
        }

        var first = await DecisionApi.WaitForAsync(gateway, alice, "x-slot", "sent");
        var second = await DecisionApi.WaitForAsync(gateway, carol, "x-slot", "sent");

        Assert.Equal(first.Text("arm"), second.Text("arm"));
        var journey = Assert.Single(gateway.Journeys("x-slot"));
        Assert.Equal($"display:store-w/aisle@{slotStart:yyyy-MM-ddTHH:mm:ssZ}", journey.Unit);
        Assert.Equal(first.Text("arm"), journey.Arm);
        Assert.Equal(0, gateway.Database.Journeys.Count(j => j.Shopper != null));
        gateway.AssertNoErrorsLogged();
    }
}

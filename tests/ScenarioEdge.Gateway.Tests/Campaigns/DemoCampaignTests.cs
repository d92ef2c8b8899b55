using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Demo;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Campaigns;

/// <summary>The demo store's campaigns (docs/campaigns, copied beside the gateway) all become active on the demo store.</summary>
public sealed class DemoCampaignTests
{
    [Fact]
    public async Task DemoFolder_DemoStoreProvisioned_EveryCampaignActive()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "campaigns");
        var files = Directory.GetFiles(folder, "*.yaml").Length;
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("demo.yaml")], new Dictionary<string, string?> { ["Gateway:Campaigns:Folder"] = folder });
        var active = gateway.App.Services.GetRequiredService<ActiveCampaigns>();

        await Eventually.TrueAsync(() => active.Current.ById.Count == files, $"all {files} demo campaigns to be active");

        Assert.True(files >= 7, $"{files} demo campaigns");
        Assert.Contains("welcome", active.Current.ById.Keys);
        gateway.AssertNoErrorsLogged();
    }

    // Through the demo host itself, which provisions its store on another thread while the campaign folder's first pass
    // may be running. A run of the demo by hand showed the campaigns naming that store staying refused when the
    // provisioning landed mid-pass; this start rarely hits that window, so it guards the whole path rather than the race.
    [Fact]
    public async Task DemoHost_StoreProvisionedAtStart_EveryCampaignActiveWithoutAnotherChange()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "campaigns");
        var files = Directory.GetFiles(folder, "*.yaml").Length;
        var settings = new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["Demo:Scenario"] = GatewayFixture.ScenarioPath("demo.yaml"),
            ["Gateway:Campaigns:Folder"] = folder,
            ["Gateway:Campaigns:Rescan"] = "01:00:00",
        };
        await using var gateway = await GatewayFixture.StartAsync(settings: settings, host: DemoHost.Configure);
        var active = gateway.App.Services.GetRequiredService<ActiveCampaigns>();

        await Eventually.TrueAsync(() => active.Current.ById.Count == files, $"all {files} demo campaigns to be active", TimeSpan.FromSeconds(10));
        Assert.Contains("welcome", active.Current.ById.Keys);
        // The store is provisioned before the folder's first pass: no campaign is refused on the way, and a new user's
        // first screen of the demo carries no warnings.
        Assert.DoesNotContain(gateway.Logs.Warnings, w => w.Contains("refused", StringComparison.Ordinal));
        // The demo registered its shoppers through the app API (HTTP) before it plays: no request lines in the log.
        await Eventually.TrueAsync(() => gateway.Metrics.MessagesIn["sightings"] > 3, "the demo to play");
        Assert.DoesNotContain(gateway.Logs.Entries, e => e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) && e.Level < LogLevel.Warning);
    }
}

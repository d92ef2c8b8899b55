using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Campaigns.Compilation;
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
}

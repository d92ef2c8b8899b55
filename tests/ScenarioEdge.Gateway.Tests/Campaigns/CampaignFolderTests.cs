using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ScenarioEdge.Gateway.Tests.Campaigns;

public sealed class CampaignFolderTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Folder_FileAddedChangedBrokenRemoved_RunsValidVersionsOnly()
    {
        var folder = Directory.CreateTempSubdirectory("se-campaigns-").FullName;
        await using var gateway = await StartAsync(folder);
        var active = gateway.App.Services.GetRequiredService<ActiveCampaigns>();
        var file = Path.Combine(folder, "dwell.yaml");

        var clock = Stopwatch.StartNew();
        await File.WriteAllTextAsync(file, CampaignDocs.DwellYaml());
        await Eventually.TrueAsync(() => active.Current.ById.ContainsKey("drinks-dwell"), "the new file's campaign to run");
        var added = clock.Elapsed;

        await File.WriteAllTextAsync(file, CampaignDocs.DwellYaml(title: "changed"));
        await Eventually.TrueAsync(() => active.Current.ById.TryGetValue("drinks-dwell", out var c) && c.Version == 2, "the changed file to run as version 2");

        await File.WriteAllTextAsync(file, CampaignDocs.DwellYaml(title: "broken") + "\n  - [unclosed");
        await Eventually.TrueAsync(() => gateway.Metrics.CampaignDocumentsRefused["syntax"] == 1, "the broken file to be refused");
        Assert.Equal("changed", active.Current.ById["drinks-dwell"].Document.Content.AppPush!.Title);
        var warning = Assert.Single(gateway.Logs.Warnings, w => w.Contains("dwell.yaml", StringComparison.Ordinal) && w.Contains("refused", StringComparison.Ordinal));
        Assert.Contains("not valid YAML", warning, StringComparison.Ordinal);
        Assert.Contains("(line ", warning, StringComparison.Ordinal);

        File.Delete(file);
        await Eventually.TrueAsync(() => !active.Current.ById.ContainsKey("drinks-dwell"), "the removed file's campaign to end");
        using var campaign = JsonDocument.Parse(await gateway.Http.GetStringAsync("/api/campaigns/drinks-dwell"));
        Assert.Equal("ended", campaign.RootElement.GetProperty("state").GetString());
        Assert.Equal(2, campaign.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("folder", campaign.RootElement.GetProperty("owner").GetString());
        output.WriteLine($"a new file ran {added.TotalMilliseconds:0} ms after it was written (debounce 50 ms)");
        Assert.True(added < TimeSpan.FromSeconds(5), $"a new file ran after {added}");
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Folder_HugeFile_RefusedBySizeOnceAndRunningVersionStays()
    {
        var folder = Directory.CreateTempSubdirectory("se-campaigns-").FullName;
        var file = Path.Combine(folder, "dwell.yaml");
        await File.WriteAllTextAsync(file, CampaignDocs.DwellYaml());
        await using var gateway = await StartAsync(folder);
        var active = gateway.App.Services.GetRequiredService<ActiveCampaigns>();

        await File.WriteAllTextAsync(file, string.Concat(Enumerable.Repeat("# padding\n", 10_000)) + CampaignDocs.DwellYaml(title: "huge"));
        await Eventually.TrueAsync(() => gateway.Metrics.CampaignDocumentsRefused["too_large"] == 1, "the huge file to be refused");
        await File.WriteAllTextAsync(Path.Combine(folder, "other.yaml"), CampaignDocs.DwellYaml(id: "other"));
        await Eventually.TrueAsync(() => active.Current.ById.ContainsKey("other"), "a later pass");

        Assert.Equal("At {shelf}?", active.Current.ById["drinks-dwell"].Document.Content.AppPush!.Title);
        Assert.Equal(1, gateway.Metrics.CampaignDocumentsRefused["too_large"]);
        Assert.Single(gateway.Logs.Warnings, w => w.Contains("dwell.yaml", StringComparison.Ordinal) && w.Contains("at most 65536", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Folder_OwnedCampaign_ReadOnlyThroughApi()
    {
        var folder = Directory.CreateTempSubdirectory("se-campaigns-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "dwell.yaml"), CampaignDocs.DwellYaml());
        await using var gateway = await StartAsync(folder);

        // The pass at start runs before the gateway answers.
        Assert.True(gateway.App.Services.GetRequiredService<ActiveCampaigns>().Current.ById.ContainsKey("drinks-dwell"));
        var put = await gateway.Http.SendAsync(CampaignDocs.Put("drinks-dwell", CampaignDocs.DwellYaml(version: 2)));
        var pause = await gateway.Http.PostAsync("/api/campaigns/drinks-dwell/pause", null);
        var create = await gateway.Http.PostAsync("/api/campaigns", CampaignDocs.Yaml(CampaignDocs.DwellYaml()));

        Assert.Equal(HttpStatusCode.Conflict, put.StatusCode);
        Assert.Contains("owned by the campaign folder", await put.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, pause.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, create.StatusCode);
    }

    [Fact]
    public async Task Folder_ApiCampaignOfTheSameId_NotTakenOver()
    {
        var folder = Directory.CreateTempSubdirectory("se-campaigns-").FullName;
        await using var gateway = await StartAsync(folder);
        await gateway.Http.PostAsync("/api/campaigns", CampaignDocs.Yaml(CampaignDocs.DwellYaml(title: "api")));

        await File.WriteAllTextAsync(Path.Combine(folder, "dwell.yaml"), CampaignDocs.DwellYaml(title: "folder"));
        await Eventually.TrueAsync(() => gateway.Metrics.CampaignDocumentsRefused["conflict"] == 1, "the folder file to be refused");

        using var campaign = JsonDocument.Parse(await gateway.Http.GetStringAsync("/api/campaigns/drinks-dwell"));
        Assert.Equal("api", campaign.RootElement.GetProperty("owner").GetString());
        Assert.Equal("draft", campaign.RootElement.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Folder_Restart_UnchangedFileMakesNoNewVersionAndBrokenFileKeepsStoredVersion()
    {
        var folder = Directory.CreateTempSubdirectory("se-campaigns-").FullName;
        var data = Directory.CreateTempSubdirectory("se-gw-").FullName;
        var file = Path.Combine(folder, "dwell.yaml");
        await File.WriteAllTextAsync(file, CampaignDocs.DwellYaml());
        await using (var first = await StartAsync(folder, data))
        {
            Assert.True(first.App.Services.GetRequiredService<ActiveCampaigns>().Current.ById.ContainsKey("drinks-dwell"));
        }

        await using (var second = await StartAsync(folder, data))
        {
            var text = await second.Http.GetStringAsync("/api/campaigns/drinks-dwell/versions");
            using var versions = JsonDocument.Parse(text);
            Assert.True(1 == versions.RootElement.GetArrayLength(), text + string.Join("\n", second.Logs.Entries.Select(e => e.Message)));
        }

        // Broken while the gateway was down: the stored version runs again.
        await File.WriteAllTextAsync(file, "id: drinks-dwell\nversion: [");
        await using var third = await StartAsync(folder, data);
        Assert.Equal(1, third.App.Services.GetRequiredService<ActiveCampaigns>().Current.ById["drinks-dwell"].Version);
        Assert.Equal(1, third.Metrics.CampaignDocumentsRefused["syntax"]);
    }

    private static Task<GatewayFixture> StartAsync(string folder, string? data = null) =>
        GatewayFixture.StartAsync(
            [GatewayFixture.ScenarioPath("shelf.yaml")],
            new Dictionary<string, string?> { ["Gateway:Campaigns:Folder"] = folder, ["Gateway:Campaigns:Debounce"] = "00:00:00.050" },
            data);
}

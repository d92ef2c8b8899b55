using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ScenarioEdge.Gateway.Tests.Campaigns;

public sealed class CampaignApiTests(ITestOutputHelper output)
{
    [Fact]
    public async Task CreateActivatePause_Yaml_RunningSetFollowsAtOnce()
    {
        await using var gateway = await StartAsync([GatewayFixture.ScenarioPath("shelf.yaml")]);
        var active = gateway.App.Services.GetRequiredService<ActiveCampaigns>();

        var created = await gateway.Http.PostAsync("/api/campaigns", CampaignDocs.Yaml(CampaignDocs.DwellYaml()));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        Assert.Equal("draft", body.RootElement.GetProperty("state").GetString());
        Assert.Equal(1, body.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("\"1\"", created.Headers.ETag?.ToString());
        Assert.False(active.Current.ById.ContainsKey("drinks-dwell"));

        var activated = await gateway.Http.PostAsync("/api/campaigns/drinks-dwell/activate", null);
        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        // The swap happens before the answer: no restart, no polling.
        Assert.Equal(1, active.Current.ById["drinks-dwell"].Version);
        Assert.Contains("se_campaigns_active 1", await gateway.Http.GetStringAsync("/metrics"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await gateway.Http.PostAsync("/api/campaigns/drinks-dwell/pause", null)).StatusCode);
        Assert.False(active.Current.ById.ContainsKey("drinks-dwell"));
        Assert.Equal(HttpStatusCode.OK, (await gateway.Http.PostAsync("/api/campaigns/drinks-dwell/end", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await gateway.Http.PostAsync("/api/campaigns/drinks-dwell/activate", null)).StatusCode);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Create_InvalidYaml_RefusedWholeWithEveryProblemByPathAndLine()
    {
        await using var gateway = await StartAsync([GatewayFixture.ScenarioPath("shelf.yaml")]);
        var yaml = CampaignDocs.DwellYaml().Replace("minDwellS: 5", "minDwellS: lots", StringComparison.Ordinal)
            .Replace("stores: [store-s]", "stores: [store-s, store-9]\ncolour: red", StringComparison.Ordinal);

        var response = await gateway.Http.PostAsync("/api/campaigns", CampaignDocs.Yaml(yaml));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problems = problem.RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => (Path: p.GetProperty("path").GetString(), Line: p.GetProperty("line").GetInt32(), Message: p.GetProperty("message").GetString())).ToList();
        Assert.Contains(problems, p => p.Path == "$.colour" && p.Line == 5);
        Assert.Contains(problems, p => p.Path == "$.stores[1]" && p.Message!.Contains("unknown store 'store-9'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.conditions[0].minDwellS" && p.Line == 10);
        Assert.Equal("[]", await gateway.Http.GetStringAsync("/api/campaigns"));
        Assert.Equal(1, gateway.Metrics.CampaignDocumentsRefused["unknown_reference"] + gateway.Metrics.CampaignDocumentsRefused["invalid"]);
    }

    [Fact]
    public async Task Create_ShelfOrZoneOfAnotherStore_Refused()
    {
        await using var gateway = await StartAsync([GatewayFixture.ScenarioPath("shelf.yaml"), GatewayFixture.ScenarioPath("welcome.yaml")]);
        // store-w has an entrance and an aisle; the drinks shelf is store-s's.
        var response = await gateway.Http.PostAsync("/api/campaigns", CampaignDocs.Yaml(CampaignDocs.DwellYaml(store: "store-w")));

        var zone = CampaignDocs.DwellYaml(store: "store-w").Replace("kind: dwellShelf", "kind: dwellZone", StringComparison.Ordinal)
            .Replace("shelves: [drinks-shelf]", "zones: [drinks]", StringComparison.Ordinal).Replace("{shelf}", "{zone}", StringComparison.Ordinal);
        var zoneResponse = await gateway.Http.PostAsync("/api/campaigns", CampaignDocs.Yaml(zone));
        var mixed = await gateway.Http.PostAsync("/api/campaigns", CampaignDocs.Yaml(zone.Replace("stores: [store-w]", "stores: [store-w, store-s]", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("unknown shelf 'drinks-shelf'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, zoneResponse.StatusCode);
        Assert.Contains("unknown zone 'drinks'", await zoneResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, mixed.StatusCode);
        Assert.Contains("zone 'drinks' does not exist in store store-w", await mixed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(3, gateway.Metrics.CampaignDocumentsRefused["unknown_reference"]);
        Assert.Equal("[]", await gateway.Http.GetStringAsync("/api/campaigns"));
    }

    [Fact]
    public async Task Create_StoreProvisionedAfterwards_CatalogFollowsProvisioning()
    {
        await using var gateway = await StartAsync();

        Assert.Equal(HttpStatusCode.BadRequest, (await gateway.Http.PostAsync("/api/campaigns", CampaignDocs.Yaml(CampaignDocs.DwellYaml()))).StatusCode);
        await gateway.ProvisionAsync(GatewayFixture.ScenarioPath("shelf.yaml"));

        Assert.Equal(HttpStatusCode.Created, (await gateway.Http.PostAsync("/api/campaigns", CampaignDocs.Yaml(CampaignDocs.DwellYaml()))).StatusCode);
    }

    [Fact]
    public async Task Update_StaleVersion_409AndNothingWritten()
    {
        await using var gateway = await StartAsync([GatewayFixture.ScenarioPath("shelf.yaml")]);
        await gateway.Http.PostAsync("/api/campaigns", CampaignDocs.Yaml(CampaignDocs.DwellYaml()));

        var second = await gateway.Http.SendAsync(CampaignDocs.Put("drinks-dwell", CampaignDocs.DwellYaml(version: 2, title: "second")));
        var staleByField = await gateway.Http.SendAsync(CampaignDocs.Put("drinks-dwell", CampaignDocs.DwellYaml(version: 2, title: "lost update")));
        var staleByHeader = await gateway.Http.SendAsync(CampaignDocs.Put("drinks-dwell", CampaignDocs.DwellYaml(title: "lost update"), ifMatch: "\"1\""));
        var third = await gateway.Http.SendAsync(CampaignDocs.Put("drinks-dwell", CampaignDocs.DwellYaml(title: "third"), ifMatch: "\"2\""));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, staleByField.StatusCode);
        Assert.Contains("version 2 is current", await staleByField.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, staleByHeader.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal("\"3\"", third.Headers.ETag?.ToString());
        using var versions = JsonDocument.Parse(await gateway.Http.GetStringAsync("/api/campaigns/drinks-dwell/versions"));
        Assert.Equal([1, 2, 3], versions.RootElement.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.All(versions.RootElement.EnumerateArray(), v => Assert.Equal("tests", v.GetProperty("changedBy").GetString()));
        using var v2 = JsonDocument.Parse(await gateway.Http.GetStringAsync("/api/campaigns/drinks-dwell/versions/2"));
        Assert.Equal("second", v2.RootElement.GetProperty("document").GetProperty("content").GetProperty("appPush").GetProperty("title").GetString());
        Assert.Equal(2, gateway.Metrics.CampaignDocumentsRefused["conflict"]);
    }

    [Fact]
    public async Task Update_InvalidDocumentOfActiveCampaign_RunningVersionStays()
    {
        await using var gateway = await StartAsync([GatewayFixture.ScenarioPath("shelf.yaml")]);
        var active = gateway.App.Services.GetRequiredService<ActiveCampaigns>();
        await gateway.Http.PostAsync("/api/campaigns", CampaignDocs.Yaml(CampaignDocs.DwellYaml()));
        await gateway.Http.PostAsync("/api/campaigns/drinks-dwell/activate", null);

        var response = await gateway.Http.SendAsync(CampaignDocs.Put("drinks-dwell", CampaignDocs.DwellYaml(version: 2, shelf: "no-such-shelf")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, active.Current.ById["drinks-dwell"].Version);
        using var current = JsonDocument.Parse(await gateway.Http.GetStringAsync("/api/campaigns/drinks-dwell"));
        Assert.Equal(1, current.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("active", current.RootElement.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Change_ViewerKey_403ButMayRead()
    {
        await using var gateway = await StartAsync([GatewayFixture.ScenarioPath("shelf.yaml")]);
        await gateway.Http.PostAsync("/api/campaigns", CampaignDocs.Yaml(CampaignDocs.DwellYaml()));
        using var viewer = CampaignDocs.Client(gateway.HttpBase, gateway.App.Services.GetRequiredService<ApiKeys>().Create("viewer", OperatorRole.Viewer).Key);

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/campaigns/drinks-dwell")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/campaigns/drinks-dwell/versions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync("/api/campaigns", CampaignDocs.Yaml(CampaignDocs.DwellYaml(id: "other")))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.SendAsync(CampaignDocs.Put("drinks-dwell", CampaignDocs.DwellYaml(version: 2)))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync("/api/campaigns/drinks-dwell/activate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync("/api/campaigns/drinks-dwell/end", null)).StatusCode);
        using var current = JsonDocument.Parse(await gateway.Http.GetStringAsync("/api/campaigns/drinks-dwell"));
        Assert.Equal(1, current.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("draft", current.RootElement.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Create_ThousandsOfConditionsOrDeepNesting_RefusedBySizeLimitsQuickly()
    {
        await using var gateway = await StartAsync([GatewayFixture.ScenarioPath("shelf.yaml")]);
        var many = string.Join(",", Enumerable.Range(0, 5_000).Select(_ => "{\"minDwellS\":5}"));
        var manyJson = Doc("many", many);
        var deep = string.Concat(Enumerable.Repeat("{\"anyOf\":[", 200)) + "{\"minDwellS\":5}" + string.Concat(Enumerable.Repeat("]}", 200));
        var deepJson = Doc("deep", deep);
        var small = string.Join(",", Enumerable.Range(0, 100).Select(_ => "{\"minDwellS\":5}"));
        var hundredJson = manyJson.Replace(many, small, StringComparison.Ordinal);

        var clock = Stopwatch.StartNew();
        var manyResponse = await gateway.Http.PostAsync("/api/campaigns", CampaignDocs.Json(manyJson));
        var deepResponse = await gateway.Http.PostAsync("/api/campaigns", CampaignDocs.Json(deepJson));
        var hundredResponse = await gateway.Http.PostAsync("/api/campaigns", CampaignDocs.Json(hundredJson));
        clock.Stop();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, manyResponse.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, deepResponse.StatusCode);
        Assert.Contains("nesting deeper than", await deepResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, hundredResponse.StatusCode);
        Assert.Contains("100 conditions: at most 64", await hundredResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        output.WriteLine($"three oversized documents refused in {clock.Elapsed.TotalMilliseconds:0} ms over HTTP");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"refusing took {clock.Elapsed}");
        Assert.Equal(3, gateway.Metrics.CampaignDocumentsRefused["too_large"]);
    }

    [Fact]
    public async Task Validate_ChecksWithoutSaving()
    {
        await using var gateway = await StartAsync([GatewayFixture.ScenarioPath("shelf.yaml")]);

        var valid = await gateway.Http.PostAsync("/api/campaigns/validate", CampaignDocs.Yaml(CampaignDocs.DwellYaml()));
        var invalid = await gateway.Http.PostAsync("/api/campaigns/validate", CampaignDocs.Yaml(CampaignDocs.DwellYaml(title: "{weather}")));
        var unsupported = await gateway.Http.PostAsync("/api/campaigns/validate", new StringContent("id: x", System.Text.Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("$.content.appPush.title", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, unsupported.StatusCode);
        Assert.Equal("[]", await gateway.Http.GetStringAsync("/api/campaigns"));
    }

    [Fact]
    public async Task Update_ManyAtOnceFromTheSameVersion_ExactlyOneWins()
    {
        await using var gateway = await StartAsync([GatewayFixture.ScenarioPath("shelf.yaml")]);
        await gateway.Http.PostAsync("/api/campaigns", CampaignDocs.Yaml(CampaignDocs.DwellYaml()));

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            gateway.Http.SendAsync(CampaignDocs.Put("drinks-dwell", CampaignDocs.DwellYaml(title: $"writer {i}"), ifMatch: "\"1\""))));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.Equal(15, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        using var versions = JsonDocument.Parse(await gateway.Http.GetStringAsync("/api/campaigns/drinks-dwell/versions"));
        Assert.Equal(2, versions.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Activate_EveryStoreCampaign_ReachesAStoreProvisionedLater()
    {
        await using var gateway = await StartAsync([GatewayFixture.ScenarioPath("shelf.yaml")]);
        var active = gateway.App.Services.GetRequiredService<ActiveCampaigns>();
        var welcome = """
            id: welcome-all
            version: 1
            name: Welcome everywhere
            stores: ["*"]
            trigger: { kind: storeEntered }
            content:
              appPush: { title: "Welcome to {store}", body: Hello, deepLink: "app://home" }
            """;
        await gateway.Http.PostAsync("/api/campaigns", CampaignDocs.Yaml(welcome));
        await gateway.Http.PostAsync("/api/campaigns/welcome-all/activate", null);
        var before = active.Current;

        await gateway.ProvisionAsync(GatewayFixture.ScenarioPath("demo.yaml"));

        Assert.Equal(TimeZoneInfo.Utc, before.TimeZoneOf(ScenarioEdge.Campaigns.Triggers.TriggerKind.StoreEntered, default, "demo-store"));
        Assert.Equal("Europe/Berlin", active.Current.TimeZoneOf(ScenarioEdge.Campaigns.Triggers.TriggerKind.StoreEntered, default, "demo-store").Id);
    }

    [Fact]
    public async Task Restart_InTheMiddle_KeepsVersionsAndActiveState()
    {
        var data = Directory.CreateTempSubdirectory("se-gw-").FullName;
        await using (var gateway = await StartAsync([GatewayFixture.ScenarioPath("shelf.yaml")], dataDirectory: data))
        {
            await gateway.Http.PostAsync("/api/campaigns", CampaignDocs.Yaml(CampaignDocs.DwellYaml()));
            await gateway.Http.PostAsync("/api/campaigns/drinks-dwell/activate", null);
            await gateway.Http.SendAsync(CampaignDocs.Put("drinks-dwell", CampaignDocs.DwellYaml(version: 2, title: "v2")));
            await gateway.Http.PostAsync("/api/campaigns", CampaignDocs.Yaml(CampaignDocs.DwellYaml(id: "paused-one")));
        }

        await using var restarted = await StartAsync(dataDirectory: data);
        var active = restarted.App.Services.GetRequiredService<ActiveCampaigns>();

        Assert.Equal(2, active.Current.ById["drinks-dwell"].Version);
        Assert.Equal("v2", active.Current.ById["drinks-dwell"].Document.Content.AppPush!.Title);
        Assert.False(active.Current.ById.ContainsKey("paused-one"));
        using var versions = JsonDocument.Parse(await restarted.Http.GetStringAsync("/api/campaigns/drinks-dwell/versions"));
        Assert.Equal(2, versions.RootElement.GetArrayLength());
        var stale = await restarted.Http.SendAsync(CampaignDocs.Put("drinks-dwell", CampaignDocs.DwellYaml(version: 2)));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        restarted.AssertNoErrorsLogged();
    }

    private static string Doc(string id, string conditions) =>
        "{\"id\":\"" + id + "\",\"version\":1,\"name\":\"n\",\"stores\":[\"store-s\"],\"trigger\":{\"kind\":\"dwellShelf\"},\"conditions\":["
        + conditions + "],\"content\":{\"appPush\":{\"title\":\"t\",\"body\":\"b\",\"deepLink\":\"app://x\"}}}";

    // These tests manage campaigns through the API alone: no campaign folder (the fixture's default loads the test campaigns).
    private static Task<GatewayFixture> StartAsync(IEnumerable<string>? seeds = null, string? dataDirectory = null) =>
        GatewayFixture.StartAsync(seeds, new Dictionary<string, string?> { ["Gateway:Campaigns:Folder"] = null }, dataDirectory);
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Gateway.Campaigns.Alerts;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Campaigns;

public sealed class AlertApiTests
{
    [Fact]
    public async Task Post_StoresArea_KeptListedAndRaisedOnce()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("shelf.yaml")]);
        var raised = new List<PostedAlert>();
        gateway.App.Services.GetRequiredService<AlertBoard>().Posted += raised.Add;

        var storm = Alert(id: "storm-1");
        var response = await gateway.Http.PostAsJsonAsync("/api/alerts", storm);
        var replay = await gateway.Http.PostAsJsonAsync("/api/alerts", storm);
        var reused = await gateway.Http.PostAsJsonAsync("/api/alerts", Alert(id: "storm-1", text: "something else"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, reused.StatusCode);
        var alert = Assert.Single(raised);
        Assert.Equal(["store-s"], alert.Stores);
        Assert.Equal(AlertSeverity.Warning, alert.Severity);
        using var list = JsonDocument.Parse(await gateway.Http.GetStringAsync("/api/alerts"));
        Assert.Equal("storm-1", Assert.Single(list.RootElement.EnumerateArray()).GetProperty("id").GetString());
        Assert.Single(gateway.App.Services.GetRequiredService<AlertBoard>().ValidAt(alert.ValidFrom.AddMinutes(1)));
        Assert.Equal(1, gateway.Metrics.AlertsPosted);
    }

    [Fact]
    public async Task Post_PointAndRadius_CoversTheStoresWithin()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        // store-s at Berlin Alexanderplatz; the alert's point is about 560 m to the north.
        var yaml = (await File.ReadAllTextAsync(GatewayFixture.ScenarioPath("shelf.yaml")))
            .Replace("  name: Shelf test store\n", "  name: Shelf test store\n  latitude: 52.5219\n  longitude: 13.4132\n", StringComparison.Ordinal);
        (await gateway.Http.PostAsync("/api/provisioning/scenario", new StringContent(yaml))).EnsureSuccessStatusCode();

        var near = await gateway.Http.PostAsJsonAsync("/api/alerts", Alert(area: new { latitude = 52.5269, longitude = 13.4132, radiusM = 1000 }));
        var far = await gateway.Http.PostAsJsonAsync("/api/alerts", Alert(area: new { latitude = 52.5269, longitude = 13.4132, radiusM = 100 }));

        Assert.Equal(HttpStatusCode.Created, near.StatusCode);
        using var posted = JsonDocument.Parse(await near.Content.ReadAsStringAsync());
        Assert.Equal("store-s", Assert.Single(posted.RootElement.GetProperty("stores").EnumerateArray()).GetString());
        Assert.Equal(HttpStatusCode.BadRequest, far.StatusCode);
        Assert.Contains("covers no provisioned store", await far.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Invalid_EveryProblemNamedAndNothingRaised()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("shelf.yaml")]);
        var raised = 0;
        gateway.App.Services.GetRequiredService<AlertBoard>().Posted += _ => raised++;
        var now = TimeProvider.System.GetUtcNow();

        var unknown = await gateway.Http.PostAsJsonAsync("/api/alerts", new
        {
            kind = "Weather!", severity = "apocalyptic", area = new { stores = new[] { "store-s", "store-9" } },
            validFrom = now.AddHours(2), validUntil = now.AddHours(1), text = "",
        });
        var radius = await gateway.Http.PostAsJsonAsync("/api/alerts", Alert(area: new { latitude = 95.0, longitude = 13.4, radiusM = -5 }));
        var both = await gateway.Http.PostAsJsonAsync("/api/alerts", Alert(area: new { stores = new[] { "store-s" }, latitude = 52.5, longitude = 13.4, radiusM = 50 }));

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var problems = Paths(await unknown.Content.ReadAsStringAsync());
        Assert.Equal(["$.kind", "$.severity", "$.text", "$.validFrom", "$.validUntil", "$.area.stores[1]"], problems);
        Assert.Equal(["$.area.latitude", "$.area.radiusM"], Paths(await radius.Content.ReadAsStringAsync()));
        Assert.Equal(["$.area"], Paths(await both.Content.ReadAsStringAsync()));
        Assert.Equal(0, raised);
        Assert.Equal(3, gateway.Metrics.AlertsRefused["invalid"]);
        Assert.Equal("[]", await gateway.Http.GetStringAsync("/api/alerts"));
    }

    [Fact]
    public async Task Post_Flood_RateLimitedCountedAndLoggedOnce()
    {
        await using var gateway = await GatewayFixture.StartAsync(
            [GatewayFixture.ScenarioPath("shelf.yaml")], new Dictionary<string, string?> { ["Gateway:Alerts:MaxPerMinute"] = "5" });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            statuses.Add((await gateway.Http.PostAsJsonAsync("/api/alerts", Alert())).StatusCode);
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(15, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(15, gateway.Metrics.AlertsRefused["rate_limited"]);
        Assert.Single(gateway.Logs.Warnings, w => w.Contains("faster than", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_HandlerThrows_AlertKeptAndAnswered()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("shelf.yaml")]);
        var delivered = new List<PostedAlert>();
        var board = gateway.App.Services.GetRequiredService<AlertBoard>();
        board.Posted += _ => throw new InvalidOperationException("runtime queue closed");
        board.Posted += delivered.Add;

        var response = await gateway.Http.PostAsJsonAsync("/api/alerts", Alert(id: "storm-2"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Single(delivered);
        Assert.NotNull(gateway.Database.Alerts.FindById("storm-2"));
        Assert.Contains(gateway.Logs.Errors, e => e.Contains("storm-2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_ViewerKey_403()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("shelf.yaml")]);
        using var viewer = CampaignDocs.Client(gateway.HttpBase, gateway.App.Services.GetRequiredService<ApiKeys>().Create("viewer", OperatorRole.Viewer).Key);

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/api/alerts", Alert())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/alerts")).StatusCode);
    }

    private static object Alert(string? id = null, string text = "Heavy rain from 15:00", object? area = null) => new
    {
        id,
        kind = "weather",
        severity = "warning",
        area = area ?? new { stores = new[] { "store-s" } },
        validUntil = TimeProvider.System.GetUtcNow().AddHours(2),
        text,
    };

    private static List<string> Paths(string problem)
    {
        using var doc = JsonDocument.Parse(problem);
        return [.. doc.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("path").GetString()!)];
    }
}

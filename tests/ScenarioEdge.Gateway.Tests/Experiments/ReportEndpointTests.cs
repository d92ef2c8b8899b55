using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Gateway.Experiments;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Gateway.Tests.Campaigns;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Gateway.Tests.Security;
using static ScenarioEdge.Gateway.Tests.Experiments.ExperimentRig;

namespace ScenarioEdge.Gateway.Tests.Experiments;

/// <summary>
/// The report and the experiment alerts through a real gateway (real MQTT, real LiteDB): a shopper's exposure by the
/// hosted engine shows in <c>/api/campaigns/{id}/report</c> as JSON and CSV; bad parameters are 400 naming them;
/// an unknown campaign is 404; the daily check raises a sample-ratio alert to the API, the metric and the
/// operators' MQTT topic.
/// </summary>
public sealed class ReportEndpointTests
{
    private const string Experiment = "experiment: {holdoutPercent: 50, variants: [{name: a, weight: 1}]}";

    [Fact]
    public async Task Report_ShopperExposedByTheEngine_ShowsInJsonAndCsv_ForAViewer()
    {
        var folder = Folder(("x-rep.yaml", Campaign("x-rep", Experiment)));
        await using var gateway = await StartAsync(folder, campaigns: "x-rep");
        var alice = gateway.Shopper("alice");
        var t = TimeProvider.System.GetUtcNow().AddSeconds(-30);
        var player = new ScenePlayer(gateway, alice, "store-w");
        player.Enter("entrance", t);
        player.MoveTo("aisle", t.AddSeconds(1));
        await Eventually.TrueAsync(() => gateway.Journeys("x-rep").Count == 1, "alice's journey");
        var arm = gateway.Journeys("x-rep")[0].Arm;
        using var viewer = Viewer(gateway);

        using var json = JsonDocument.Parse(await viewer.GetStringAsync(new Uri("/api/campaigns/x-rep/report", UriKind.Relative)));
        var csv = await viewer.GetAsync(new Uri("/api/campaigns/x-rep/report?format=csv&stage=sent", UriKind.Relative));

        var root = json.RootElement;
        Assert.Equal(("x-rep", 1, "holdout", "purchased"), (root.GetProperty("campaign").GetString(), root.GetProperty("exposures").GetInt32(), root.GetProperty("baseline").GetString(), root.GetProperty("conversionStage").GetString()));
        // The rule with this campaign's windows (the default: 72 h, in-store offers until the visit ends plus 30 min).
        Assert.StartsWith(ExperimentReports.AttributionRule, root.GetProperty("attributionRule").GetString(), StringComparison.Ordinal);
        Assert.Contains("72 h after the touch, or for an in-store offer until the shopper leaves the store plus 30 min", root.GetProperty("attributionRule").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, root.GetProperty("attribution").GetProperty("purchases").GetInt32());
        var exposed = root.GetProperty("arms").EnumerateArray().ToDictionary(a => a.GetProperty("arm").GetString()!, a => a.GetProperty("exposed").GetInt32());
        Assert.Equal(1, exposed[arm]);
        Assert.Equal("tooLittleData", root.GetProperty("comparisons")[0].GetProperty("verdict").GetString());
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("section,arm,role,stage,units", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("comparison,a,variant,sent,", StringComparison.Ordinal));
        gateway.AssertNoErrorsLogged();
    }

    [Theory]
    [InlineData("?from=2026-13-01", "from")]
    [InlineData("?to=yesterday", "to")]
    [InlineData("?from=2026-05-02&to=2026-05-01", "from")]
    [InlineData("?stage=bought", "stage")]
    [InlineData("?stage=7", "stage")]
    [InlineData("?format=xml", "format")]
    public async Task Report_BadParameter_400NamingIt(string query, string parameter)
    {
        await using var gateway = await StartAsync(Folder(("x-rep.yaml", Campaign("x-rep", Experiment))), campaigns: "x-rep");
        using var viewer = Viewer(gateway);

        using var response = await viewer.GetAsync(new Uri($"/api/campaigns/x-rep/report{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Report_UnknownCampaign404_NoKey401()
    {
        await using var gateway = await StartAsync(Folder(("x-rep.yaml", Campaign("x-rep", Experiment))), campaigns: "x-rep");
        using var viewer = Viewer(gateway);
        using var anonymous = new HttpClient { BaseAddress = gateway.HttpBase };

        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync(new Uri("/api/campaigns/nope/report", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync(new Uri("/api/campaigns/nope/feedback", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/campaigns/x-rep/report", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/alerts/experiments", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task DailyCheck_LostHoldoutExposures_RaisesOneSampleRatioAlert_ToApiMetricAndMqtt()
    {
        await using var gateway = await StartAsync(Folder(("x-rep.yaml", Campaign("x-rep", Experiment))), campaigns: "x-rep");
        var services = gateway.App.Services;
        var day = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        // 50/50 by design, but the holdout's exposures mostly lost: 400 against 200.
        Expose(services.GetRequiredService<JourneyBook>(), day, ("a", 400), (ArmNames.Holdout, 200));

        var login = await gateway.CreateObserverAsync("ops");
        await using var observer = await TestMqtt.ConnectAsync(gateway.MqttPort, "ops-1", login.User, login.Password);
        var received = await BrokerClients.CollectAsync(observer, "se/v1/alerts/experiments/#");
        var monitor = services.GetRequiredService<ExperimentAlertMonitor>();

        var raised = await monitor.CheckAsync(day, CancellationToken.None);
        var again = await monitor.CheckAsync(day, CancellationToken.None);

        var alert = Assert.Single(raised);
        Assert.Empty(again);
        Assert.Equal(1, services.GetRequiredService<GatewayMetrics>().ExperimentAlerts["sampleRatioMismatch"]);
        using var viewer = Viewer(gateway);
        using var listed = JsonDocument.Parse(await viewer.GetStringAsync(new Uri("/api/alerts/experiments?campaign=x-rep", UriKind.Relative)));
        Assert.Equal("sampleRatioMismatch", Assert.Single(listed.RootElement.EnumerateArray()).GetProperty("kind").GetString());
        await Eventually.TrueAsync(() => { lock (received) { return received.Count == 1; } }, "the alert on the operators' topic");
        Assert.StartsWith("se/v1/alerts/experiments/x-rep {", received[0], StringComparison.Ordinal);
        Assert.Contains("a 400, holdout 200", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alert_AfterRestart_StillListed_AndNotRaisedAgain()
    {
        var data = Directory.CreateTempSubdirectory("se-exp-alerts-").FullName;
        var folder = Folder(("x-rep.yaml", Campaign("x-rep", Experiment)));
        var day = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        await using (var first = await StartAsync(folder, data: data, campaigns: "x-rep"))
        {
            Expose(first.App.Services.GetRequiredService<JourneyBook>(), day, ("a", 400), (ArmNames.Holdout, 200));
            Assert.Single(await first.App.Services.GetRequiredService<ExperimentAlertMonitor>().CheckAsync(day, CancellationToken.None));
        }

        await using var second = await StartAsync(folder, data: data, campaigns: "x-rep");
        var raised = await second.App.Services.GetRequiredService<ExperimentAlertMonitor>().CheckAsync(day, CancellationToken.None);

        Assert.Empty(raised);
        Assert.Equal(0, second.App.Services.GetRequiredService<GatewayMetrics>().ExperimentAlerts["sampleRatioMismatch"]);
        using var viewer = Viewer(second);
        using var listed = JsonDocument.Parse(await viewer.GetStringAsync(new Uri("/api/alerts/experiments?campaign=x-rep", UriKind.Relative)));
        var alert = Assert.Single(listed.RootElement.EnumerateArray());
        Assert.Equal("sampleRatioMismatch", alert.GetProperty("kind").GetString());
        Assert.Contains("a 400, holdout 200", alert.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_EventTimePassesMidnight_ChecksTheDayThatEnded()
    {
        var time = new ShiftedTimeProvider();
        // Noon of tomorrow by event time, so the test never straddles a real midnight.
        time.Advance(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(1).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc) - time.GetUtcNow().UtcDateTime);
        var settings = new Dictionary<string, string?> { ["Gateway:Experiments:AlertCheckPeriod"] = "00:00:00.050" };
        await using var gateway = await StartAsync(Folder(("x-rep.yaml", Campaign("x-rep", Experiment))), settings, time: time, campaigns: "x-rep");
        var services = gateway.App.Services;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        Expose(services.GetRequiredService<JourneyBook>(), today, ("a", 400), (ArmNames.Holdout, 200));
        var board = services.GetRequiredService<ExperimentAlertBoard>();

        // Today has not ended by event time: the check at start is yesterday's, and today's journeys raise nothing.
        var monitor = services.GetRequiredService<ExperimentAlertMonitor>();
        await Eventually.TrueAsync(() => monitor.CheckedThrough == today.AddDays(-1), "the check at start");
        Assert.Empty(board.List("x-rep"));
        var untilChecked = today.AddDays(1).ToDateTime(new TimeOnly(0, 6), DateTimeKind.Utc) - time.GetUtcNow().UtcDateTime;
        time.Advance(untilChecked);

        await Eventually.TrueAsync(() => board.List("x-rep").Count == 1, "the day's check after event-time midnight");
        var alert = board.List("x-rep")[0];
        Assert.Equal((ScenarioEdge.Experiments.Alerts.AlertKind.SampleRatioMismatch, today), (alert.Kind, alert.Day));
    }

    private static void Expose(JourneyBook book, DateOnly day, params (string Arm, int Count)[] arms)
    {
        foreach (var (arm, n) in arms)
        {
            for (var i = 0; i < n; i++)
            {
                var unit = $"{arm}-{i}";
                book.Expose(new JourneyRecord { Id = JourneyRecord.KeyOf("x-rep", unit), Campaign = "x-rep", Unit = unit, Arm = arm, Store = "store-w", Day = JourneyBook.DayText(day), ExposedAt = day.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc) }, null);
            }
        }
    }

    private static HttpClient Viewer(GatewayFixture gateway)
    {
        var key = gateway.App.Services.GetRequiredService<ApiKeys>().Create("viewer", OperatorRole.Viewer).Key;
        var client = new HttpClient { BaseAddress = gateway.HttpBase };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}

using System.Net;
using System.Text.Json;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests;

public sealed class HealthAndMetricsTests
{
    [Fact]
    public async Task Health_RunningGateway_ReportsBrokerAndStorageReady()
    {
        await using var gateway = await GatewayFixture.StartAsync();

        var response = await gateway.Http.GetAsync("/health");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        var checks = json.RootElement.GetProperty("checks");
        Assert.Contains("embedded broker", checks.GetProperty("broker").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains(gateway.DataDirectory, checks.GetProperty("storage").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await gateway.Http.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await gateway.Http.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Metrics_PrometheusText_ListsEveryCounterAndTheLatencyHistogram()
    {
        await using var gateway = await GatewayFixture.StartAsync();

        var response = await gateway.Http.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        foreach (var name in new[]
        {
            "se_messages_in_total{kind=\"sightings\"} 0", "se_messages_rejected_total{reason=\"malformed_json\"} 0",
            "se_pushes_out_total 0", "se_broker_queue_overwritten_total 0", "se_ingest_to_push_seconds_bucket{le=\"+Inf\"} 0",
        })
        {
            Assert.Contains(name, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Create_InvalidConfiguration_FailsNamingTheKey()
    {
        var ex = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => GatewayHost.Create(
            ["--Gateway:Broker:Mode=External", "--Gateway:HttpPort=70000"]));

        Assert.Contains(ex.Failures, f => f.Contains("Gateway:HttpPort", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("Gateway:Broker:Host is required", StringComparison.Ordinal));
    }
}

using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Observability;

public sealed class RuntimeMetricsTests
{
    [Fact]
    public async Task Metrics_RunningGateway_ServesRuntimeKestrelAndProcessFigures()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        await gateway.Http.GetStringAsync("/health");

        // A meter's series exists once it has a measurement: the first scrape reads the observed instruments.
        string text = "";
        await Eventually.TrueAsync(
            () => (text = gateway.Metrics.Render()).Contains("microsoft_aspnetcore_hosting_http_server_request_duration_bucket{", StringComparison.Ordinal),
            "the /health request to show in ASP.NET Core's request duration");
        foreach (var name in new[]
        {
            "system_runtime_dotnet_gc_collections{", "system_runtime_dotnet_thread_pool_thread_count ",
            "system_runtime_dotnet_thread_pool_queue_length ", "process_cpu_seconds_total ", "process_working_set_bytes ",
        })
        {
            Assert.Contains(name, text, StringComparison.Ordinal);
        }

        Assert.Contains("se_messages_in_total{kind=\"sightings\"} 0", await gateway.Http.GetStringAsync("/metrics"), StringComparison.Ordinal);
    }
}

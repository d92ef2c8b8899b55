using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ScenarioEdge.Gateway.Broker;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Tests.Infrastructure;

/// <summary>
/// A real gateway in the test process: Kestrel on free loopback ports, the embedded broker (or a client of an
/// external one), and a LiteDB file in a fresh temporary folder.
/// </summary>
internal sealed class GatewayFixture : IAsyncDisposable
{
    private GatewayFixture(WebApplication app, string dataDirectory, int[] ports, LogCollector logs)
    {
        App = app;
        DataDirectory = dataDirectory;
        (HttpPort, MqttPort, HttpsPort, MqttTlsPort) = (ports[0], ports[1], ports[2], ports[3]);
        Logs = logs;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}") };
    }

    public WebApplication App { get; }

    public string DataDirectory { get; }

    public int HttpPort { get; }

    public int MqttPort { get; }

    /// <summary>HTTPS and MQTT over WebSocket; listens only when the settings give a certificate.</summary>
    public int HttpsPort { get; }

    /// <summary>MQTT over TLS; listens only when the settings give a certificate.</summary>
    public int MqttTlsPort { get; }

    public LogCollector Logs { get; }

    public HttpClient Http { get; }

    public GatewayMetrics Metrics => App.Services.GetRequiredService<GatewayMetrics>();

    public GatewayDatabase Database => App.Services.GetRequiredService<GatewayDatabase>();

    public static string ScenarioPath(string name) => Path.Combine(AppContext.BaseDirectory, "scenarios", name);

    public static async Task<GatewayFixture> StartAsync(IEnumerable<string>? seeds = null, IDictionary<string, string?>? settings = null, string? dataDirectory = null)
    {
        dataDirectory ??= Directory.CreateTempSubdirectory("se-gw-").FullName;
        var ports = FreePort.Next(4);
        var config = new Dictionary<string, string?>
        {
            ["Gateway:DataDirectory"] = dataDirectory,
            ["Gateway:HttpAddress"] = "127.0.0.1",
            ["Gateway:HttpPort"] = ports[0].ToString(CultureInfo.InvariantCulture),
            ["Gateway:Broker:Address"] = "127.0.0.1",
            ["Gateway:Broker:Port"] = ports[1].ToString(CultureInfo.InvariantCulture),
            ["Gateway:HttpsPort"] = ports[2].ToString(CultureInfo.InvariantCulture),
            ["Gateway:Broker:TlsPort"] = ports[3].ToString(CultureInfo.InvariantCulture),
            ["Serilog:MinimumLevel:Default"] = "Information",
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Warning",
        };
        var i = 0;
        foreach (var seed in seeds ?? [])
        {
            config[$"Gateway:Seed:Scenarios:{i++}"] = seed;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var logs = new LogCollector();
        var app = GatewayHost.Create([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(config);
            builder.Logging.AddProvider(logs);
        });
        await app.StartAsync();
        var bus = app.Services.GetRequiredService<IMessageBus>();
        await Eventually.TrueAsync(() => bus.IsReady, "the broker to be ready");
        return new GatewayFixture(app, dataDirectory, ports, logs);
    }

    /// <summary>Fails the test when the gateway logged an error.</summary>
    public void AssertNoErrorsLogged() => Assert.Empty(Logs.Errors);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

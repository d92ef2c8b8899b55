using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ScenarioEdge.Gateway.Broker;
using ScenarioEdge.Gateway.Messaging;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Provisioning;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Provisioning;
using ScenarioEdge.Simulation.Provisioning;
using ScenarioEdge.Simulation.Scenarios;

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
        ApiKey = app.Services.GetRequiredService<ApiKeys>().Create("tests", OperatorRole.Admin).Key;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}") };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
    }

    /// <summary>An admin API key; <see cref="Http"/> sends it.</summary>
    public string ApiKey { get; }

    /// <summary>Logins of everything provisioned through <see cref="ProvisionAsync"/>.</summary>
    public ProvisionedCredentials Credentials { get; private set; } = new();

    public Uri HttpBase => new($"http://127.0.0.1:{HttpPort}");

    /// <summary>
    /// Provisions a scenario's store through the operator API and registers its shoppers through the app API, as the
    /// simulator does, and keeps their logins. Devices provisioned before keep their secrets.
    /// </summary>
    public async Task<ProvisionedCredentials> ProvisionAsync(string scenarioPath)
    {
        var credentials = await GatewayProvisioningClient.ProvisionAsync(HttpBase, ApiKey, await File.ReadAllTextAsync(scenarioPath), rotate: false, CancellationToken.None);
        credentials = await GatewayProvisioningClient.RegisterShoppersAsync(HttpBase, ScenarioLoader.LoadFile(scenarioPath), credentials, CancellationToken.None);
        Keep(credentials);
        return credentials;
    }

    /// <summary>The install id the gateway gave scenario shopper <paramref name="shopper"/>'s app.</summary>
    public string Install(string shopper) => Credentials.App(shopper).Install;

    /// <summary>The gateway's pseudonymous id of scenario shopper <paramref name="shopper"/>.</summary>
    public string Shopper(string shopper) => Credentials.App(shopper).GatewayShopper;

    /// <summary>The install token (MQTT password, HTTP bearer token) of scenario shopper <paramref name="shopper"/>'s app.</summary>
    public string Token(string shopper) => Credentials.App(shopper).Token;

    private void Keep(ProvisionedCredentials credentials) =>
        Credentials = new ProvisionedCredentials
        {
            Devices = [.. Credentials.Devices.Where(d => credentials.Devices.All(n => n.Device != d.Device)), .. credentials.Devices],
            Apps = [.. Credentials.Apps.Where(a => credentials.Apps.All(n => n.Shopper != a.Shopper)), .. credentials.Apps],
        };

    /// <summary>
    /// What <c>simulator run --gateway</c> does, keeping the logins for the test: provisions the store and registers
    /// the shoppers through the API, then plays the scenario with them.
    /// </summary>
    public async Task<Simulation.Running.ScenarioResult> PlayAsync(string scenarioPath, double speed)
    {
        await ProvisionAsync(scenarioPath);
        var runner = new Simulation.Running.ScenarioRunner(ScenarioLoader.LoadFile(scenarioPath), RunnerOptions(speed), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var result = await runner.RunAsync(CancellationToken.None);
        Assert.True(result.Passed, string.Join("; ", result.Expectations.Select(e => $"{e.Expectation}: {e.Detail}")));
        return result;
    }

    /// <summary>Options for a <c>ScenarioRunner</c> that logs in with what this fixture provisioned and registered.</summary>
    public Simulation.Running.RunnerOptions RunnerOptions(double speed) => new()
    {
        Port = MqttPort,
        Speed = speed,
        Credentials = Credentials.For,
        TokenKeys = Credentials.KeyOf,
        Installs = Credentials.InstallOf,
    };

    /// <summary>An MQTT client logged in as a provisioned device or app (by device or install id).</summary>
    public Task<TestMqtt> ConnectAsync(string clientId)
    {
        var login = Credentials.For(clientId) ?? throw new InvalidOperationException($"{clientId} was not provisioned in this test");
        return TestMqtt.ConnectAsync(MqttPort, clientId, login.User, login.Password);
    }

    /// <summary>Creates a read-only MQTT observer through the operator API.</summary>
    public async Task<(string User, string Password)> CreateObserverAsync(string name)
    {
        var response = await Http.PostAsJsonAsync("/api/observers", new { name });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, string>>();
        return (body!["userName"], body["password"]);
    }

    /// <summary>The gateway's id of scenario shopper <paramref name="name"/>, from what <c>simulator run --gateway</c> printed.</summary>
    public static string ShopperIn(string simulatorOutput, string name) =>
        System.Text.RegularExpressions.Regex.Match(simulatorOutput, $"registered {name} as shopper (\\S+) ") is { Success: true } m
            ? m.Groups[1].Value
            : throw new InvalidOperationException($"the simulator did not register {name}: {simulatorOutput}");

    /// <summary>The install id the gateway gave scenario shopper <paramref name="name"/>'s app, from what <c>simulator run --gateway</c> printed.</summary>
    public static string InstallIn(string simulatorOutput, string name) =>
        System.Text.RegularExpressions.Regex.Match(simulatorOutput, $"registered {name} as shopper \\S+ \\(install (\\S+)\\)") is { Success: true } m
            ? m.Groups[1].Value
            : throw new InvalidOperationException($"the simulator did not register {name}: {simulatorOutput}");

    /// <summary>Arguments for <c>SimulatorCli.RunAsync</c> that provision the scenario through this gateway and run it.</summary>
    public string[] SimulatorArgs(string scenarioPath, double speed) =>
        ["run", scenarioPath, "--broker", $"127.0.0.1:{MqttPort}", "--gateway", HttpBase.ToString(), "--api-key", ApiKey, "--speed", speed.ToString(CultureInfo.InvariantCulture)];

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

    /// <summary>A folder of test campaign documents (tests/…/Campaigns/TestCampaigns), or one of its subfolders.</summary>
    public static string CampaignsPath(string? subfolder = null) =>
        subfolder is null ? Path.Combine(AppContext.BaseDirectory, "Campaigns", "TestCampaigns") : Path.Combine(AppContext.BaseDirectory, "Campaigns", "TestCampaigns", subfolder);

    /// <param name="host">Adds to the gateway before it is built, as a composing host does (the demo's <c>DemoHost.AddDemoStore</c>).</param>
    /// <param name="time">The gateway's clock (a test that must pass the end of quiet hours moves it).</param>
    public static async Task<GatewayFixture> StartAsync(IEnumerable<string>? seeds = null, IDictionary<string, string?>? settings = null, string? dataDirectory = null, Action<WebApplicationBuilder>? host = null, TimeProvider? time = null)
    {
        dataDirectory ??= Directory.CreateTempSubdirectory("se-gw-").FullName;
        // A port found free can be taken by another process (a parallel test run) before Kestrel binds it; such a
        // start is retried on new ports rather than failing the test on a race it does not test.
        LogCollector logs;
        int[] ports;
        WebApplication app;
        Dictionary<string, string?> config;
        for (var attempt = 1; ; attempt++)
        {
            ports = FreePort.Next(4);
            config = Settings(dataDirectory, ports, settings);
            logs = new LogCollector();
            var collector = logs;
            var candidate = GatewayHost.Create([], builder =>
            {
                builder.Configuration.AddInMemoryCollection(config);
                builder.Logging.AddProvider(collector);
                host?.Invoke(builder);
                if (time is not null)
                {
                    builder.Services.AddSingleton(time);
                }
            });
            try
            {
                await candidate.StartAsync();
                app = candidate;
                break;
            }
            catch (IOException ex) when (attempt < 3 && ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
                await candidate.DisposeAsync();
            }
        }

        var bus = app.Services.GetRequiredService<IMessageBus>();
        await Eventually.TrueAsync(() => bus.IsReady, "the broker to be ready");
        var fixture = new GatewayFixture(app, dataDirectory, ports, logs);
        foreach (var seed in seeds ?? [])
        {
            // The store in process, so that it works with the plain HTTP listener off too; ProvisionAsync goes through
            // the API. Shoppers always register through the app API, over HTTPS when plain HTTP is off.
            var scenario = ScenarioLoader.LoadFile(seed);
            var credentials = app.Services.GetRequiredService<ScenarioProvisioning>().Apply(scenario.AsStoreFile());
            var plain = !string.Equals(config.GetValueOrDefault("Gateway:HttpPlainEnabled"), "false", StringComparison.OrdinalIgnoreCase);
            using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator };
            var api = plain ? fixture.HttpBase : new Uri($"https://127.0.0.1:{fixture.HttpsPort}");
            fixture.Keep(await GatewayProvisioningClient.RegisterShoppersAsync(api, scenario, credentials, CancellationToken.None, plain ? null : handler));
        }

        return fixture;
    }

    private static Dictionary<string, string?> Settings(string dataDirectory, int[] ports, IDictionary<string, string?>? settings)
    {
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
            // The welcome and shelf offers every test store had before campaigns were documents.
            ["Gateway:Campaigns:Folder"] = CampaignsPath(),
            // Pseudonyms are random per run: with the default 5% global control group a test's shopper would get no
            // campaign one run in twenty. Tests of the control group set it themselves.
            ["Gateway:Experiments:GlobalControlPercent"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        return config;
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

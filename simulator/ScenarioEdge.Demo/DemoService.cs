using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway;
using ScenarioEdge.Gateway.Privacy;
using ScenarioEdge.Gateway.Provisioning;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Provisioning;
using ScenarioEdge.Simulation.Provisioning;
using ScenarioEdge.Simulation.Running;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Demo;

/// <summary>
/// The demo: provisions the demo store, creates an operator API key and a read-only MQTT observer and prints them,
/// registers the demo shoppers through the app API (each virtual app gives its shopper's consent, as a phone does),
/// then plays the demo scenario in a loop against the gateway's own broker, over real MQTT on loopback with the
/// devices' and apps' own credentials, exactly as external devices and apps would.
/// </summary>
public sealed class DemoService(
    IHostApplicationLifetime lifetime,
    IOptions<DemoStoreOptions> demo,
    IOptions<GatewayOptions> gateway,
    ScenarioProvisioning provisioning,
    ShopperPrivacy privacy,
    IServer server,
    ApiKeys keys,
    GatewayDatabase database,
    TimeProvider time,
    ILoggerFactory loggers) : BackgroundService
{
    private const string ObserverName = "demo";
    private const string ShoppersSetting = "demo-shoppers";

    private Scenario? _scenario;
    private ProvisionedCredentials? _credentials;

    /// <summary>
    /// Provisions the demo store before the gateway's own services start (this service is registered first): the
    /// campaign folder's first pass then finds the store its campaigns name, rather than refusing them until the
    /// provisioning lands (ExecuteAsync runs on the thread pool since .NET 10, racing that pass).
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _scenario = ScenarioLoader.LoadFile(demo.Value.Scenario);
        _scenario.Loop = true;
        // The demo plays its devices, so it takes fresh secrets for them on every start.
        _credentials = provisioning.Apply(_scenario.AsStoreFile(), rotate: true);
        return base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => PlayAsync(stoppingToken);

    private async Task PlayAsync(CancellationToken hostStopping)
    {
        // Stop playing as soon as shutdown begins, not when this service's turn to stop comes: its clients would
        // otherwise keep publishing while the gateway drains.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(hostStopping, lifetime.ApplicationStopping);
        var stoppingToken = stopping.Token;
        var scenario = _scenario!;
        var credentials = _credentials!;
        var (key, observerSecret) = CreateDemoLogins();

        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
        await EraseEarlierShoppersAsync();
        credentials = await GatewayProvisioningClient.RegisterShoppersAsync(HttpBase(), scenario, credentials, stoppingToken);
        database.Settings.Upsert(new SettingRecord { Id = ShoppersSetting, Value = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', credentials.Apps.Select(a => a.GatewayShopper))) });

        await Console.Out.WriteLineAsync($"Operator API key: {key}");
        await Console.Out.WriteLineAsync($"MQTT observer: user observer:{ObserverName} password {observerSecret}");
        var port = gateway.Value.Broker.Port;
        await Console.Out.WriteLineAsync($"Watch it:      mosquitto_sub -h 127.0.0.1 -p {port} -u observer:{ObserverName} -P {observerSecret} -t 'se/v1/#' -v");
        await Console.Out.FlushAsync(stoppingToken);

        var log = loggers.CreateLogger("ScenarioEdge.Demo");
        var options = new RunnerOptions
        {
            Host = "127.0.0.1",
            Port = port,
            Speed = demo.Value.Speed,
            StopWhenSettled = false,
            Credentials = credentials.For,
            TokenKeys = credentials.KeyOf,
            Installs = credentials.InstallOf,
            // The demo posts its weather alert through its own operator API, with its own key.
            Gateway = HttpBase(),
            ApiKey = key,
            GatewayShoppers = s => credentials.Apps.FirstOrDefault(a => a.Shopper == s)?.GatewayShopper,
        };
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await new ScenarioRunner(scenario, options, time, log).RunAsync(stoppingToken);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                // Whatever the run hit while the gateway stops (its connections closing) is part of stopping.
                return;
            }
            catch (Exception ex)
            {
                log.LogError(ex, "The demo simulation failed ({Message}); restarting it in 5 s", ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(5), time, stoppingToken);
            }
        }
    }

    // The gateway's own HTTP listener, as a phone on the same machine would reach it.
    private Uri HttpBase()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("the demo registers its shoppers over the plain HTTP listener; leave Gateway:HttpPlainEnabled on");
        var uri = new Uri(address);
        return new UriBuilder(uri) { Host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "127.0.0.1" : uri.Host }.Uri;
    }

    // Each demo start registers its shoppers anew; the virtual shoppers of the previous start are erased, not left behind.
    private async Task EraseEarlierShoppersAsync()
    {
        if (database.Settings.FindById(ShoppersSetting) is not { } earlier)
        {
            return;
        }

        foreach (var shopper in System.Text.Encoding.UTF8.GetString(earlier.Value).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            await privacy.EraseAsync(shopper, "demo restart: the demo's virtual shoppers register again");
        }
    }

    private (string Key, string ObserverSecret) CreateDemoLogins()
    {
        // One demo key at a time: the keys of earlier demo runs are revoked.
        foreach (var old in database.ApiKeys.Find(k => k.Name == "demo" && k.RevokedAt == null).ToList())
        {
            keys.Revoke(old.Id);
        }

        var (key, _) = keys.Create("demo", OperatorRole.Admin);
        var secret = Secrets.New();
        database.Observers.Upsert(new ObserverRecord { Id = ObserverName, Hash = Secrets.Hash(secret) });
        return (key, secret);
    }
}

using Microsoft.Extensions.Configuration.Memory;
using ScenarioEdge.Gateway;
using ScenarioEdge.Simulation.Running;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Demo;

/// <summary>
/// The demo: the production gateway, built by <see cref="GatewayHost"/>, with the demo's simulated store added. Every
/// setting of the gateway (<c>--Gateway:HttpPort=…</c>, …) applies as it does to the gateway alone.
/// </summary>
public static class DemoHost
{
    /// <summary>What the demo sets, below anything given in appsettings, the environment or on the command line.</summary>
    public static IReadOnlyDictionary<string, string?> Defaults { get; } = new Dictionary<string, string?>
    {
        ["Demo:Enabled"] = "true",
        // The demo store's campaigns (docs/campaigns, copied beside the gateway).
        ["Gateway:Campaigns:Folder"] = Path.Combine(AppContext.BaseDirectory, "campaigns"),
        // The coupons those campaigns issue (docs/coupons).
        ["Gateway:Coupons:Folder"] = Path.Combine(AppContext.BaseDirectory, "coupons"),
        // Every demo shopper sees the demo's campaigns: no global control group (a production gateway keeps 5%).
        ["Gateway:Experiments:GlobalControlPercent"] = "0",
    };

    public static Task<int> RunAsync(string[] args) => GatewayHost.RunAsync(WithoutDemoFlag(args), Configure);

    /// <summary>Builds the demo; <paramref name="configure"/> lets tests add configuration and logging providers.</summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null) =>
        GatewayHost.Create(WithoutDemoFlag(args), builder =>
        {
            Configure(builder);
            configure?.Invoke(builder);
        });

    /// <summary>The demo's defaults and its simulated store.</summary>
    public static void Configure(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Index 0: the lowest precedence, so that the command line and the environment still override the defaults.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Defaults });
        builder.AddDemoStore();
    }

    /// <summary>The simulated store alone: provisioned, its shoppers registered, played in a loop once the gateway listens.</summary>
    public static WebApplicationBuilder AddDemoStore(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DemoStoreOptions>().BindConfiguration(DemoStoreOptions.Section);
        // The demo's story starts at a local time of day (the commuters' morning): the gateway and the simulated store
        // run on one clock moved there, so event times, schedules and alerts agree.
        var scenario = builder.Configuration[$"{DemoStoreOptions.Section}:Scenario"] ?? new DemoStoreOptions().Scenario;
        builder.Services.AddSingleton(ScenarioStartClock.For(ScenarioLoader.LoadFile(scenario), TimeProvider.System));
        builder.Services.AddHostedService<DemoService>();
        return builder;
    }

    // `--demo` was how the gateway started the demo; the demo host is the demo, so the flag is accepted and dropped.
    private static string[] WithoutDemoFlag(string[] args) => [.. args.Where(a => a != "--demo")];
}

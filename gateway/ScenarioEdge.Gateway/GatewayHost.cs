using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Api;
using ScenarioEdge.Gateway.Broker;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Campaigns.Management;
using ScenarioEdge.Gateway.Coupons;
using ScenarioEdge.Gateway.Delivery;
using ScenarioEdge.Gateway.Delivery.Webhooks;
using ScenarioEdge.Gateway.Demo;
using ScenarioEdge.Gateway.Experiments;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Points;
using ScenarioEdge.Gateway.Privacy;
using ScenarioEdge.Gateway.Provisioning;
using ScenarioEdge.Gateway.Purchases;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Shelves;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Gateway.Storage;
using Serilog;

namespace ScenarioEdge.Gateway;

/// <summary>Builds and runs the gateway. Each feature registers itself with one <c>Add…</c> and maps its endpoints with one <c>Map…</c>.</summary>
public static class GatewayHost
{
    /// <summary>The command a <c>--demo</c> given to the gateway is pointed to.</summary>
    public const string DemoCommand = "dotnet run --project simulator/ScenarioEdge.Demo";

    public static Task<int> RunAsync(string[] args) => RunAsync(args, null);

    /// <summary>Runs the gateway; <paramref name="configure"/> lets a host that composes it (the demo) add services before it is built.</summary>
    public static async Task<int> RunAsync(string[] args, Action<WebApplicationBuilder>? configure)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "admin")
        {
            return Admin.AdminCommand.Run(args[1..], Console.Out, Console.Error, TimeProvider.System);
        }

        if (args.Contains("--demo", StringComparer.Ordinal))
        {
            // The production gateway carries no simulator; the demo is a host of its own.
            await Console.Error.WriteLineAsync($"--demo: the demo is its own host now; start it with: {DemoCommand}");
            return 2;
        }

        Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateBootstrapLogger();
        try
        {
            await using var app = Create(args, configure);
            await app.RunAsync();
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            Log.Fatal("The configuration is invalid; fix these settings and start again: {Errors}", string.Join("; ", ex.Failures));
            return 2;
        }
        catch (IOException ex) when (ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            Log.Fatal(
                "{Message}. Another program holds the port (a system mosquitto? stop it with 'systemctl stop mosquitto'), or choose other ports with --Gateway:HttpPort=… --Gateway:Broker:Port=…",
                ex.Message);
            return 3;
        }
        catch (Exception ex)
        {
            Log.Fatal(ex, "The gateway stopped: {Message}", ex.Message);
            return 1;
        }
        finally
        {
            await Log.CloseAndFlushAsync();
        }
    }

    /// <summary>
    /// Builds the gateway; <paramref name="configure"/> lets a composing host or a test add configuration, logging
    /// providers and services. It runs before the options are validated and the features are added.
    /// </summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);

        // Serilog is the one log pipeline; providers added after this (tests) receive its events too.
        builder.Logging.ClearProviders();
        configure?.Invoke(builder);
        builder.Services.AddSerilog(
            (services, logger) => logger
                // ASP.NET Core logs every request at Information (six lines per call): a gateway's log is for what
                // happened to stores and shoppers. Configuration (Serilog:MinimumLevel:Override) still wins.
                .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
                .ReadFrom.Configuration(builder.Configuration)
                .Enrich.FromLogContext()
                .WriteTo.Console(
                    outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture),
            preserveStaticLogger: true,
            writeToProviders: true);

        var options = GatewayOptionsValidation.BindAndValidate(builder.Configuration);
        builder.Services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.Section);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddObservability();
        builder.AddStorage();
        builder.AddIdentity();
        builder.AddSecurity();
        builder.AddPrivacy();
        builder.AddApi();
        builder.AddApiDocument();
        builder.AddIngest();
        builder.AddScenes();
        // Management first: hosted services start in order, and the runtime must find the stored and folder campaigns
        // active when it releases deferred sends at start (a deferral whose campaign is not active is dropped).
        builder.AddCoupons();
        builder.AddPurchases();
        builder.AddPoints();
        builder.AddCampaignManagement();
        builder.AddExperiments();
        builder.AddCampaigns();
        builder.AddDelivery();
        builder.AddWebhooks();
        builder.AddShelves();
        builder.AddProvisioning();
        builder.AddBroker(options);
        builder.AddDemo();
        builder.Services.AddHostedService<GatewayShutdown>();
        // A safety net above the drain budget, below the 10 s after which Docker and systemd kill.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownDrainTimeout + TimeSpan.FromSeconds(5));

        var app = builder.Build();
        app.MapApi();
        app.MapObservability();
        app.MapBroker();
        app.MapDemo();
        app.MapScenes();
        app.MapDelivery();
        app.MapCampaigns();
        app.MapCampaignManagement();
        app.MapExperiments();
        app.MapCoupons();
        app.MapPurchases();
        app.MapPoints();
        app.MapApiDocument();
        return app;
    }
}

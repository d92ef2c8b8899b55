using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Gateway;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Provisioning;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Provisioning;

namespace ScenarioEdge.Benchmarks.Load;

/// <summary>
/// A real gateway for the load run: Kestrel and the embedded broker on free loopback ports, a LiteDB file in a fresh
/// folder, the demo store (simulator/scenarios/demo.yaml) and the demo campaigns (docs/campaigns).
/// </summary>
internal static class LoadGateway
{
    public static async Task<WebApplication> StartAsync(string repository, string dataDirectory, IDictionary<string, string?> settings)
    {
        var config = new Dictionary<string, string?>
        {
            ["Gateway:DataDirectory"] = dataDirectory,
            ["Gateway:HttpAddress"] = "127.0.0.1",
            ["Gateway:HttpPort"] = FreePort(),
            ["Gateway:Broker:Address"] = "127.0.0.1",
            ["Gateway:Broker:Port"] = FreePort(),
            ["Gateway:Campaigns:Folder"] = Path.Combine(repository, "docs", "campaigns"),
            // One line a push or display at Information: the run measures the gateway, not the console.
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            config[key] = value;
        }

        var app = GatewayHost.Create([], builder => builder.Configuration.AddInMemoryCollection(config));
        await app.StartAsync();
        app.Services.GetRequiredService<ScenarioProvisioning>().Apply(StoreFileLoader.LoadFile(Path.Combine(repository, "simulator", "scenarios", "demo.yaml")));
        return app;
    }

    /// <summary>Registers <paramref name="count"/> shoppers with every consent in one write, as the app API would one by one.</summary>
    public static List<string> SeedShoppers(WebApplication app, int count)
    {
        var database = app.Services.GetRequiredService<GatewayDatabase>();
        var shoppers = Enumerable.Range(0, count).Select(i => new ShopperRecord
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"shp-load-{i:D6}"),
            Installs = [string.Create(CultureInfo.InvariantCulture, $"app-load-{i:D6}")],
            TokenKey = RandomNumberGenerator.GetBytes(16),
            Consents = [ConsentPurposes.Presence, ConsentPurposes.Activity, ConsentPurposes.Offers],
        }).ToList();
        database.Shoppers.InsertBulk(shoppers);
        app.Services.GetRequiredService<IdentityDirectory>().Changed();
        return shoppers.ConvertAll(s => s.Id);
    }

    /// <summary>The repository root: the nearest folder up from here holding ScenarioEdge.sln.</summary>
    public static string Repository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ScenarioEdge.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run from inside the repository: ScenarioEdge.sln not found above " + AppContext.BaseDirectory);
    }

    private static string FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
    }
}

using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ScenarioEdge.Demo;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Demo;

/// <summary>The README's demo command: the demo host, given the gateway's own command-line settings.</summary>
public sealed class DemoHostTests
{
    [Fact]
    public async Task DemoHost_WithTheGatewaysCommandLine_PlaysTheDemoStoreOnTheGivenPortsAndKeepsTheOverrides()
    {
        var data = Directory.CreateTempSubdirectory("se-demo-host-").FullName;
        var ports = FreePort.Next(4).Select(p => p.ToString(CultureInfo.InvariantCulture)).ToArray();
        var logs = new LogCollector();
        await using var app = DemoHost.Create(
            [
                "--demo", $"--Gateway:DataDirectory={data}", "--Gateway:HttpAddress=127.0.0.1", $"--Gateway:HttpPort={ports[0]}",
                "--Gateway:Broker:Address=127.0.0.1", $"--Gateway:Broker:Port={ports[1]}", $"--Gateway:HttpsPort={ports[2]}",
                $"--Gateway:Broker:TlsPort={ports[3]}", "--Campaigns:Welcome:Cooldown=00:02:00",
            ],
            builder => builder.Logging.AddProvider(logs));
        await app.StartAsync();
        try
        {
            var database = app.Services.GetRequiredService<GatewayDatabase>();
            await Eventually.TrueAsync(() => database.Pushes.Count() > 0, "the demo's first push", TimeSpan.FromSeconds(30));

            Assert.True(app.Services.GetRequiredService<GatewayMetrics>().MessagesIn["sightings"] > 0, "the demo's scanners publish on the given broker port");
            Assert.Equal("true", app.Configuration["Demo:Enabled"]);
            // The demo's defaults lie below the command line: an override given there wins.
            Assert.Equal("00:02:00", app.Configuration["Campaigns:Welcome:Cooldown"]);
            Assert.Empty(logs.Errors);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task GatewayHost_WithDemoFlag_RefusesAndNamesTheDemoCommand()
    {
        var original = Console.Error;
        var error = new StringWriter();
        Console.SetError(error);
        int exit;
        try
        {
            exit = await GatewayHost.RunAsync(["--demo", "--Gateway:HttpPort=1"]);
        }
        finally
        {
            Console.SetError(original);
        }

        Assert.Equal(2, exit);
        Assert.Contains("dotnet run --project simulator/ScenarioEdge.Demo", error.ToString(), StringComparison.Ordinal);
    }
}

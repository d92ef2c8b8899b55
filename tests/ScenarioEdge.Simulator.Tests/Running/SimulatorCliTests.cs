using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;

namespace ScenarioEdge.Simulator.Tests.Running;

public sealed class SimulatorCliTests
{
    private static readonly string Welcome = Path.Combine(AppContext.BaseDirectory, "scenarios", "welcome.yaml");

    [Theory]
    [InlineData(new[] { "run" }, "the scenario file is missing")]
    [InlineData(new[] { "run", "x.yaml" }, "--broker <host:port> is required")]
    [InlineData(new[] { "run", "x.yaml", "--broker", "nohost" }, "'nohost' is not host:port")]
    [InlineData(new[] { "run", "x.yaml", "--broker", "h:1", "--speed", "fast" }, "--speed: 'fast'")]
    [InlineData(new[] { "fly" }, "unknown command 'fly'")]
    public async Task Run_BadArguments_ExitTwoNamingTheProblem(string[] args, string message)
    {
        var output = new StringWriter();
        var exit = await SimulatorCli.RunAsync(args, output, NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains(message, output.ToString(), StringComparison.Ordinal);
    }

    // A scenario that posts alerts or asks the decision log needs the gateway's API: refused before anything connects.
    [Theory]
    [InlineData("limit-cap.yaml")]
    [InlineData("campaign-weather-umbrella.yaml")]
    public async Task Run_ScenarioNeedsTheGatewayApiWithoutGateway_ExitTwoSayingSo(string name)
    {
        var output = new StringWriter();

        var exit = await SimulatorCli.RunAsync(["run", Path.Combine(AppContext.BaseDirectory, "scenarios", name), "--broker", "127.0.0.1:1"], output, NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains($"{name}: the scenario posts alerts or reads the decision log: run it with --gateway <url> --api-key <key>", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BadScenarioFile_ExitTwoNamingTheFile()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("se-sim-").FullName, "broken.yaml");
        await File.WriteAllTextAsync(path, "store: { id: 's 1' }\n");
        var output = new StringWriter();

        var exit = await SimulatorCli.RunAsync(["run", path, "--broker", "127.0.0.1:1"], output, NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("broken.yaml: store.id", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoBrokerListening_ExitThreeSayingWhere()
    {
        var port = FreePort();
        var output = new StringWriter();

        var exit = await SimulatorCli.RunAsync(["run", Welcome, "--broker", $"127.0.0.1:{port}"], output, NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);

        Assert.Equal(3, exit);
        Assert.Contains($"127.0.0.1:{port}", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_AgainstBareBrokerWithoutGateway_ExpectationFailsWithExitOne()
    {
        // A real mosquitto, but no gateway behind it: nobody welcomes alice, so the run must fail.
        var port = FreePort();
        var dir = Directory.CreateTempSubdirectory("se-sim-mosq-").FullName;
        var config = Path.Combine(dir, "m.conf");
        await File.WriteAllTextAsync(config, $"listener {port} 127.0.0.1\nallow_anonymous true\n");
        using var mosquitto = Process.Start(new ProcessStartInfo(Mosquitto(), ["-c", config]) { UseShellExecute = false, RedirectStandardError = true })!;
        try
        {
            await WaitForPortAsync(port);
            var output = new StringWriter();

            var exit = await SimulatorCli.RunAsync(["run", Welcome, "--broker", $"127.0.0.1:{port}", "--speed", "8"], output, NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);

            Assert.Equal(1, exit);
            Assert.Contains("FAIL  'welcome' push to alice within 10 s of entering: no push received", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("1 of 2 expectations failed.", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            mosquitto.Kill();
            await mosquitto.WaitForExitAsync();
        }
    }

    private static string Mosquitto() =>
        new[] { "/usr/sbin/mosquitto", "/usr/bin/mosquitto", "/usr/local/sbin/mosquitto" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("mosquitto is not installed; run ./test.sh, which installs it");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(int port)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(20);
            }
        }
    }

}

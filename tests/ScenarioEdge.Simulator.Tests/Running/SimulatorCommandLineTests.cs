using Microsoft.Extensions.Logging.Abstractions;

namespace ScenarioEdge.Simulator.Tests.Running;

/// <summary>Help and argument validation of every simulator command (System.CommandLine, exit 2 for bad arguments).</summary>
public sealed class SimulatorCommandLineTests
{
    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await SimulatorCli.RunAsync(args, output, NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);
        return (exit, output.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_ListsEveryCommandAndExitsZero(string help)
    {
        var (exit, output) = await RunAsync(help);

        Assert.Equal(0, exit);
        foreach (var command in new[] { "run", "evaluate-scenes", "generate-journeys", "evaluate-transport", "evaluate-zones", "calibrate-zones" })
        {
            Assert.Contains($"  {command} <", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task NoArguments_PrintsHelpAndExitsTwo()
    {
        var (exit, output) = await RunAsync();

        Assert.Equal(2, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run", "--broker <host:port>", "--speed <N>")]
    [InlineData("evaluate-scenes", "--no-habits", "--set <SceneOption=value>")]
    [InlineData("generate-journeys", "--shoppers <N>", "--store-out <store.yaml>")]
    [InlineData("evaluate-transport", "--recording-gap <seconds>", "[default: 900]")]
    [InlineData("evaluate-zones", "--method <strongest|position|fingerprint>", "--sparse")]
    [InlineData("calibrate-zones", "--min-samples <N>", "--min-separation <dB>")]
    public async Task CommandHelp_DescribesItsOptionsAndExitsZero(string command, string option, string other)
    {
        var (exit, output) = await RunAsync(command, "--help");

        Assert.Equal(0, exit);
        Assert.Contains(option, output, StringComparison.Ordinal);
        Assert.Contains(other, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "run", "x.yaml", "--broker", "h:1", "--gateway", "ftp://x" }, "--gateway: 'ftp://x' is not an http(s) URL")]
    [InlineData(new[] { "run", "x.yaml", "--broker", "h:1", "--gateway", "http://127.0.0.1:1" }, "--gateway needs --api-key")]
    [InlineData(new[] { "run", "x.yaml", "--broker", "h:1", "--speed", "0" }, "--speed: '0' is not a number between 0 and 10000")]
    [InlineData(new[] { "run", "x.yaml", "y.yaml", "--broker", "h:1" }, "'y.yaml'")]
    [InlineData(new[] { "run", "x.yaml", "--broker", "h:1", "--colour" }, "'--colour'")]
    [InlineData(new[] { "evaluate-scenes" }, "evaluate-scenes needs a file")]
    [InlineData(new[] { "evaluate-scenes", "x.csv", "--habits" }, "'--habits'")]
    [InlineData(new[] { "generate-journeys", "x.csv", "--shoppers", "many" }, "'many'")]
    [InlineData(new[] { "generate-journeys", "x.csv", "--days", "0" }, "--days 0: a whole number, at least 1")]
    [InlineData(new[] { "evaluate-transport", "x.csv", "--recording-gap", "soon" }, "--recording-gap: 'soon' is not a number")]
    [InlineData(new[] { "evaluate-zones", "simulated", "--method", "guess" }, "--method guess: use strongest, position or fingerprint")]
    [InlineData(new[] { "evaluate-zones", "x.csv", "--zones", "aisle" }, "'aisle'")]
    [InlineData(new[] { "evaluate-zones", "simulated", "--set", "ZoneSwitchDriftDb" }, "--set ZoneSwitchDriftDb: expected <SceneOption>=<value>")]
    [InlineData(new[] { "calibrate-zones" }, "calibrate-zones needs a file")]
    [InlineData(new[] { "calibrate-zones", "walk.csv", "--min-separation", "far" }, "--min-separation: 'far' is not a number")]
    public async Task BadArguments_ExitTwoNamingTheProblemAndPointingAtHelp(string[] args, string message)
    {
        var (exit, output) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.Contains($"Run 'scenarioedge-sim {args[0]} --help' for usage.", output, StringComparison.Ordinal);
    }
}

using System.Globalization;

namespace ScenarioEdge.EdgeAgent.Tests;

/// <summary>The field tools' command line: help, exit 2 for bad arguments, and the host's arguments left alone.</summary>
public sealed class FieldToolsTests
{
    private static async Task<(int? Exit, string Out, string Err)> RunAsync(string input, params string[] args)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exit = await FieldTools.TryRunAsync(args, reader, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("--Agent:Ble:AdapterIndex=1")]
    [InlineData("--environment Production")]
    [InlineData("--help --Agent:Ble:AdapterIndex=1")]
    public async Task TryRunAsync_HostArguments_ReturnsNullSoTheHostStarts(string commandLine)
    {
        var (exit, output, error) = await RunAsync("", commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Null(exit);
        Assert.Empty(output);
        Assert.Empty(error);
    }

    [Theory]
    [InlineData(new[] { "--help" }, "replay-shelf <trace.csv>")]
    [InlineData(new[] { "decode", "--help" }, "--shopper-uuid <hex>")]
    [InlineData(new[] { "replay-shelf", "--help" }, "--unit-weight <grams> (REQUIRED)")]
    [InlineData(new[] { "shelf-bench", "-h" }, "--rate <hz>")]
    public async Task Help_DescribesTheToolAndExitsZero(string[] args, string expected)
    {
        var (exit, output, error) = await RunAsync("", args);

        Assert.Equal(0, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Theory]
    [InlineData(new[] { "decode", "--shopper-uuid", "zz" }, "decode: --shopper-uuid: 'zz' is not a 16-bit hex UUID")]
    [InlineData(new[] { "decode", "--colour" }, "'--colour'")]
    [InlineData(new[] { "replay-shelf", "t.csv", "--unit-weight", "heavy" }, "--unit-weight: 'heavy' is not a number")]
    [InlineData(new[] { "replay-shelf", "t.csv", "--unit-weight", "5", "--tolerance", "-1" }, "--tolerance 0 or more")]
    [InlineData(new[] { "replay-shelf", "--unit-weight", "5" }, "trace.csv")]
    [InlineData(new[] { "shelf-bench", "--rate", "20" }, "--rate 10 or 80")]
    [InlineData(new[] { "shelf-bench", "--noise", "1,loud" }, "--noise: 'loud' is not a number")]
    [InlineData(new[] { "shelf-bench", "--seeds" }, "--seeds")]
    public async Task BadArguments_ExitTwoNamingTheProblem(string[] args, string message)
    {
        var (exit, output, error) = await RunAsync("", args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains($"usage: scenarioedge-edge {args[0]} --help", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decode_OtherShopperUuid_ReadsTheFrameUnderThatUuid()
    {
        // A 16-bit service data frame under FFF6: only a decoder told that UUID calls it a shopper token.
        const string Frame = "1516F6FF0102030405060708090A0B0C0D0E0F10111213";

        var (defaultExit, defaultOutput, _) = await RunAsync(Frame + "\n", "decode");
        var (exit, output, _) = await RunAsync(Frame + "\n", "decode", "--shopper-uuid", "0xFFF6");

        Assert.Equal(0, defaultExit);
        Assert.Equal(0, exit);
        Assert.NotEqual(defaultOutput, output);
    }
}

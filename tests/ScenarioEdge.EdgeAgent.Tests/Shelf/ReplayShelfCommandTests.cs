using System.Globalization;
using System.Text;
using System.Text.Json;
using ScenarioEdge.EdgeAgent.Shelf.Replay;
using ScenarioEdge.Shelf;
using ScenarioEdge.Shelf.Simulation;

namespace ScenarioEdge.EdgeAgent.Tests.Shelf;

public sealed class ReplayShelfCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("replay-shelf-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string text)
    {
        var path = Path.Combine(_dir, "trace.csv");
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exit = await ShelfCommandLine.TryRunAsync(["replay-shelf", .. args], output, error);
        return (exit ?? -1, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task TryRunAsync_TraceWithAPickAndAPut_PrintsOneJsonObjectPerEvent()
    {
        var signal = new LoadCellSignalOptions { NoiseGrams = 1, TareCounts = 84_000, CountsPerGram = 420 };
        var trace = new ShelfTraceBuilder(new LoadCellSignalModel(signal, 11), 2000).Idle(3).Pick(2, 250, 5).Idle(3).Put(1, 250, 5).Idle(3).Build();
        var csv = new StringBuilder("t_ms,raw\n");
        foreach (var s in trace.Samples)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{s.TMs},{s.Raw}\n");
        }

        var (exit, output, error) = await Run(Write(csv.ToString()), "--unit-weight", "250", "--counts-per-gram", "420", "--tare-counts", "84000");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var events = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["pick", "put"], events.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal([2, 1], events.Select(e => e.GetProperty("count").GetInt32()));
        Assert.InRange(events[0].GetProperty("deltaGrams").GetDouble(), -515, -485);
        Assert.True(events[0].GetProperty("t_ms").GetInt64() > trace.Truth[0].StartMs);
    }

    [Fact]
    public async Task TryRunAsync_BadRow_ExitsOneNamingTheLine()
    {
        var (exit, output, error) = await Run(Write("t_ms,raw\n0,84000\n100,84010\n200,eighty\n"), "--unit-weight", "250");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("trace.csv line 4", error, StringComparison.Ordinal);
        Assert.Contains("'eighty'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryRunAsync_WrongHeader_ExitsOneNamingLineOne()
    {
        var (exit, _, error) = await Run(Write("time,value\n0,84000\n"), "--unit-weight", "250");

        Assert.Equal(1, exit);
        Assert.Contains("line 1", error, StringComparison.Ordinal);
        Assert.Contains("t_ms,raw", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryRunAsync_TimeGoingBackwards_ExitsOneNamingTheLine()
    {
        var (exit, _, error) = await Run(Write("t_ms,raw\n0,84000\n100,84010\n50,84010\n"), "--unit-weight", "250");

        Assert.Equal(1, exit);
        Assert.Contains("line 4", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryRunAsync_MissingUnitWeight_ExitsTwoWithUsage()
    {
        var (exit, _, error) = await Run(Write("t_ms,raw\n"));

        Assert.Equal(2, exit);
        Assert.Contains("--unit-weight", error, StringComparison.Ordinal);
        Assert.Contains("usage:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryRunAsync_OtherCommand_ReturnsNullSoTheHostStarts()
    {
        Assert.Null(await ShelfCommandLine.TryRunAsync(["--environment", "Production"], TextWriter.Null, TextWriter.Null));
    }
}

using System.Text.Json;
using ScenarioEdge.Shelf;
using ScenarioEdge.Shelf.Simulation;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Shelf.Replay;

/// <summary>
/// <c>replay-shelf &lt;trace.csv&gt; --unit-weight &lt;g&gt; [--counts-per-gram &lt;k&gt;] [--tare-counts &lt;n&gt;]</c>: runs the
/// production lane pipeline over a recorded trace and prints one JSON object per pick or put. Without
/// --tare-counts the lane is tared at the median of the first five readings; without --counts-per-gram a typical
/// 5 kg cell (420 counts/g) is assumed.
/// </summary>
internal static class ReplayShelfCommand
{
    public const string Usage = "usage: replay-shelf <trace.csv> --unit-weight <grams> [--counts-per-gram <k>] [--tare-counts <n>] [--tolerance <grams>]";
    private const int TareSamples = 5;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        CommandArguments parsed;
        double unit, perGram;
        double? tare, tolerance;
        try
        {
            parsed = CommandArguments.Parse(args, "--unit-weight", "--counts-per-gram", "--tare-counts", "--tolerance");
            unit = parsed.Number("--unit-weight") ?? throw new ArgumentException("--unit-weight is required (grams of one item)");
            perGram = parsed.Number("--counts-per-gram") ?? LaneCalibration.TypicalCountsPerGram;
            tare = parsed.Number("--tare-counts");
            tolerance = parsed.Number("--tolerance");
            if (parsed.Positional.Count != 1)
            {
                throw new ArgumentException("give exactly one trace file");
            }

            if (unit <= 0 || perGram == 0 || tolerance < 0)
            {
                throw new ArgumentException("--unit-weight must be above 0, --counts-per-gram not 0, --tolerance 0 or more");
            }
        }
        catch (ArgumentException ex)
        {
            await error.WriteLineAsync($"replay-shelf: {ex.Message}\n{Usage}");
            return 2;
        }

        var path = parsed.Positional[0];
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"replay-shelf: trace file '{path}' not found");
            return 2;
        }

        using var reader = new StreamReader(path);
        var lane = new LaneConfig { Lane = "replay", Sku = "replay", UnitGrams = unit, ToleranceGrams = tolerance ?? Math.Max(2, unit * 0.05) };
        try
        {
            await ReplayAsync(reader, Path.GetFileName(path), lane, perGram, tare, output, cancellationToken);
            return 0;
        }
        catch (TraceFormatException ex)
        {
            await error.WriteLineAsync($"replay-shelf: {ex.Message}");
            return 1;
        }
    }

    /// <summary>The replay itself, on any reader, so tests drive it with strings.</summary>
    public static async Task ReplayAsync(
        TextReader trace, string name, LaneConfig lane, double countsPerGram, double? tareCounts, TextWriter output, CancellationToken cancellationToken)
    {
        LanePipeline? pipeline = null;
        var head = new List<ShelfTraceSample>(TareSamples);
        await foreach (var sample in TraceCsvReader.ReadAsync(trace, name, cancellationToken))
        {
            if (pipeline is null)
            {
                head.Add(sample);
                if (tareCounts is null && head.Count < TareSamples)
                {
                    continue;
                }

                pipeline = new LanePipeline(lane, new LaneCalibration(tareCounts ?? Median(head), countsPerGram));
                foreach (var early in head)
                {
                    await WriteAsync(pipeline.Add(early.TMs, early.Raw), output);
                }

                continue;
            }

            await WriteAsync(pipeline.Add(sample.TMs, sample.Raw), output);
        }

        if (pipeline is null && head.Count > 0)
        {
            pipeline = new LanePipeline(lane, new LaneCalibration(Median(head), countsPerGram));
            foreach (var early in head)
            {
                await WriteAsync(pipeline.Add(early.TMs, early.Raw), output);
            }
        }

        await output.FlushAsync(cancellationToken);
    }

    private static double Median(List<ShelfTraceSample> samples)
    {
        var sorted = samples.Select(s => (double)s.Raw).Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static async Task WriteAsync(LaneDetection? detection, TextWriter output)
    {
        if (detection is not { Kind: ShelfEventKind.Pick or ShelfEventKind.Put })
        {
            return;
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("t_ms", detection.TMs);
            json.WriteString("kind", detection.Kind == ShelfEventKind.Pick ? "pick" : "put");
            json.WriteNumber("count", detection.Count);
            json.WriteNumber("deltaGrams", Math.Round(detection.DeltaGrams, 1));
            json.WriteEndObject();
        }

        await output.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}

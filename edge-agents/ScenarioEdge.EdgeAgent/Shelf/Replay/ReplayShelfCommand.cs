using System.CommandLine;
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
    private const int TareSamples = 5;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var trace = new Argument<string>("trace.csv") { Description = "The recorded trace: t_ms,raw." };
        var unit = new Option<double>("--unit-weight")
        {
            Description = "Grams of one item.", HelpName = "grams", Required = true, CustomParser = FieldTools.Number(0),
        };
        var perGram = new Option<double>("--counts-per-gram")
        {
            Description = "The cell's calibration (a typical 5 kg cell: 420).", HelpName = "k",
            DefaultValueFactory = _ => LaneCalibration.TypicalCountsPerGram, CustomParser = FieldTools.Number(LaneCalibration.TypicalCountsPerGram),
        };
        var tare = new Option<double?>("--tare-counts")
        {
            Description = "The empty lane's raw reading (default: the median of the first five readings).", HelpName = "n",
            CustomParser = r => r.Tokens.Count == 0 ? null : FieldTools.Number(0)(r),
        };
        var tolerance = new Option<double?>("--tolerance")
        {
            Description = "Grams an item may differ from --unit-weight (default: 5 %, at least 2 g).", HelpName = "grams",
            CustomParser = r => r.Tokens.Count == 0 ? null : FieldTools.Number(0)(r),
        };
        var command = new Command("replay-shelf", "Runs the production lane pipeline over a recorded trace and prints one JSON object per pick or put.")
        {
            trace, unit, perGram, tare, tolerance,
        };
        command.SetAction(async (p, ct) =>
        {
            var (u, k, t) = (p.GetValue(unit), p.GetValue(perGram), p.GetValue(tolerance));
            if (u <= 0 || k == 0 || t < 0)
            {
                await error.WriteLineAsync("replay-shelf: --unit-weight must be above 0, --counts-per-gram not 0, --tolerance 0 or more");
                await error.WriteLineAsync($"usage: {FieldTools.Name} replay-shelf --help");
                return 2;
            }

            return await RunAsync(p.GetValue(trace)!, u, k, p.GetValue(tare), t, output, error, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(string path, double unit, double perGram, double? tare, double? tolerance, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
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

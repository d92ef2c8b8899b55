using System.Globalization;

namespace ScenarioEdge.EdgeAgent.Shelf.Replay;

/// <summary>
/// <c>shelf-bench [--noise g,g] [--items g,g] [--seeds n] [--actions n] [--rate hz] [--drift g/min]</c>: scores the
/// production pipeline on simulated traces and prints a Markdown table (the figures in docs/benchmarks.md).
/// </summary>
internal static class ShelfBenchCommand
{
    public const string Usage = "usage: shelf-bench [--noise 0.5,1,2,4] [--items 50,100,250,500,1000,2000] [--seeds 10] [--actions 40] [--rate 10] [--drift 1] [--verbose 1] [--dump <dir>]";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        double[] noises, items;
        int seeds, actions;
        double rate, drift;
        bool verbose;
        string? dump;
        try
        {
            var parsed = CommandArguments.Parse(args, "--noise", "--items", "--seeds", "--actions", "--rate", "--drift", "--verbose", "--dump");
            noises = parsed.Numbers("--noise", [0.5, 1, 2, 4]);
            items = parsed.Numbers("--items", [50, 100, 250, 500, 1000, 2000]);
            seeds = (int)(parsed.Number("--seeds") ?? 10);
            actions = (int)(parsed.Number("--actions") ?? 40);
            rate = parsed.Number("--rate") ?? 10;
            drift = parsed.Number("--drift") ?? 1;
            verbose = parsed.Number("--verbose") is > 0;
            dump = parsed.Text("--dump");
            if (seeds < 1 || actions < 1 || rate is not (10 or 80) || noises.Any(n => n < 0) || items.Any(i => i <= 0 || i > ShelfBench.CapacityGrams / 2))
            {
                throw new ArgumentException("--seeds and --actions at least 1, --rate 10 or 80, --noise 0 or more, --items above 0 and at most half of 5000 g");
            }
        }
        catch (ArgumentException ex)
        {
            await error.WriteLineAsync($"shelf-bench: {ex.Message}\n{Usage}");
            return 2;
        }

        var c = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(c, $"5 kg lane, {rate} SPS, drift {drift} g/min, {seeds} seeds x {actions} actions per row (15% knocks, 15% leaning hands)"));
        await output.WriteLineAsync();
        await output.WriteLineAsync("| noise σ (g) | item (g) | picks+puts | disturbances | precision | recall | count accuracy | delay p50 / p95 / max (ms) |");
        await output.WriteLineAsync("|---|---|---|---|---|---|---|---|");
        foreach (var noise in noises)
        {
            foreach (var item in items)
            {
                var r = ShelfBench.Run(noise, item, seeds, actions, rate, drift, verbose ? error : null, dump);
                await output.WriteLineAsync(string.Create(c,
                    $"| {noise} | {item} | {r.Truth} | {r.Disturbances} | {r.Precision:P1} | {r.Recall:P1} | {r.CountAccuracy:P1} | {r.DelayPercentile(0.5)} / {r.DelayPercentile(0.95)} / {r.DelayPercentile(1)} |"));
            }
        }

        return 0;
    }
}

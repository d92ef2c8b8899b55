using System.CommandLine;
using System.Globalization;

namespace ScenarioEdge.EdgeAgent.Shelf.Replay;

/// <summary>
/// <c>shelf-bench [--noise g,g] [--items g,g] [--seeds n] [--actions n] [--rate hz] [--drift g/min]</c>: scores the
/// production pipeline on simulated traces and prints a Markdown table (the figures in docs/benchmarks.md).
/// </summary>
internal static class ShelfBenchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var noises = new Option<double[]>("--noise")
        {
            Description = "Noise levels σ in grams, comma-separated.", HelpName = "g,g", DefaultValueFactory = _ => [0.5, 1, 2, 4], CustomParser = FieldTools.Numbers([0.5, 1, 2, 4]),
        };
        var items = new Option<double[]>("--items")
        {
            Description = "Item weights in grams, comma-separated (above 0, at most 2500).", HelpName = "g,g",
            DefaultValueFactory = _ => [50, 100, 250, 500, 1000, 2000], CustomParser = FieldTools.Numbers([50, 100, 250, 500, 1000, 2000]),
        };
        var seeds = Number("--seeds", "Seeded traces per row (at least 1).", "n", 10);
        var actions = Number("--actions", "Actions per trace (at least 1).", "n", 40);
        var rate = Number("--rate", "Samples per second: 10 or 80 (the HX711's RATE pin).", "hz", 10);
        var drift = Number("--drift", "Zero drift in grams per minute.", "g/min", 1);
        var verbose = Number("--verbose", "1 lists misses and false events on the error stream.", "1", 0);
        var dump = new Option<string?>("--dump") { Description = "Also write the traces as t_ms,raw CSV for replay-shelf.", HelpName = "dir" };
        var command = new Command("shelf-bench", "Scores the production pipeline on simulated traces and prints a Markdown table (docs/benchmarks.md).")
        {
            noises, items, seeds, actions, rate, drift, verbose, dump,
        };
        command.SetAction(async p =>
        {
            var (n, i, s, a, r) = (p.GetValue(noises)!, p.GetValue(items)!, (int)p.GetValue(seeds), (int)p.GetValue(actions), p.GetValue(rate));
            if (s < 1 || a < 1 || r is not (10 or 80) || n.Any(x => x < 0) || i.Any(x => x <= 0 || x > ShelfBench.CapacityGrams / 2))
            {
                await error.WriteLineAsync("shelf-bench: --seeds and --actions at least 1, --rate 10 or 80, --noise 0 or more, --items above 0 and at most half of 5000 g");
                await error.WriteLineAsync($"usage: {FieldTools.Name} shelf-bench --help");
                return 2;
            }

            return await RunAsync(n, i, s, a, r, p.GetValue(drift), p.GetValue(verbose) > 0, p.GetValue(dump), output, error);
        });
        return command;
    }

    private static Option<double> Number(string name, string description, string helpName, double fallback) =>
        new(name) { Description = description, HelpName = helpName, DefaultValueFactory = _ => fallback, CustomParser = FieldTools.Number(fallback) };

    private static async Task<int> RunAsync(double[] noises, double[] items, int seeds, int actions, double rate, double drift, bool verbose, string? dump, TextWriter output, TextWriter error)
    {
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

using System.Globalization;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Simulation.Evaluation;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulator;

/// <summary>The scene evaluations: each feeds protocol messages through the production scene engine in event time.</summary>
internal static class SceneCommands
{
    public const string Usage = """
          scenarioedge-sim evaluate-scenes <labelled.csv> [--json] [--store <scenario.yaml>] [--no-habits]
          scenarioedge-sim generate-journeys <out.csv> [--shoppers <N>] [--seed <S>] [--days <D>] [--store-out <store.yaml>]
          scenarioedge-sim evaluate-transport <transport-mode-5s.csv> [--json]
          scenarioedge-sim evaluate-zones <ble-sectors.csv> [--json]

        evaluate-scenes scores the engine's scene at every labelled row (confusion matrix, precision, recall, F1,
        macro F1, transitions per hour). generate-journeys writes simulated labelled days (--days > 1: days per shopper with regular commutes).
        --no-habits judges with the store-wide commute hours only (no per-shopper route habits). evaluate-transport runs
        the real transport-mode recordings leave-one-user-out against a one-threshold baseline. evaluate-zones walks
        the BLE sector recordings as store visits and measures zone decisions, false exits and delays.
        """;

    public static bool Handles(string command) => command is "evaluate-scenes" or "generate-journeys" or "evaluate-transport" or "evaluate-zones";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var json = args.Contains("--json", StringComparer.Ordinal);
        var path = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (path is null || Value(args, "--store") == path)
        {
            await output.WriteLineAsync($"error: {args[0]} needs a file.{Environment.NewLine}{Usage}");
            return 2;
        }

        try
        {
            return args[0] switch
            {
                "evaluate-scenes" => await EvaluateAsync(path, json, Value(args, "--store"), args.Contains("--no-habits", StringComparer.Ordinal), output),
                "generate-journeys" => await GenerateAsync(path, args, output),
                "evaluate-transport" => await TransportAsync(path, json, output),
                _ => await ZonesAsync(path, json, output),
            };
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ScenarioException or UnauthorizedAccessException or FormatException)
        {
            await output.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }
    }

    private static SceneReplay Engine(double? stillAccel = null, double? stillWeight = null, bool habits = true)
    {
        var options = new SceneOptions { RouteHabits = habits };
        if (stillAccel is { } s)
        {
            options.StillAccelStdMps2 = s;
        }

        if (stillWeight is { } w)
        {
            options.StillVoteWeight = w;
        }

        return new SceneReplay(options);
    }

    private static async Task<int> EvaluateAsync(string path, bool json, string? storePath, bool noHabits, TextWriter output)
    {
        var store = storePath is null ? null : ScenarioLoader.LoadFile(storePath).Store;
        List<LabelledRow> rows;
        List<string> errors;
        using (var reader = new StreamReader(path))
        {
            (rows, errors) = LabelledCsv.Read(reader);
        }

        foreach (var error in errors)
        {
            await output.WriteLineAsync($"bad row: {path} {error}");
        }

        if (rows.Count == 0)
        {
            await output.WriteLineAsync("error: no usable rows");
            return 2;
        }

        var report = SceneEvaluator.Run(rows, Engine(habits: !noHabits), store);
        await output.WriteLineAsync(json ? report.ToJson() : report.ToText());
        return errors.Count == 0 ? 0 : 1;
    }

    private static async Task<int> GenerateAsync(string path, string[] args, TextWriter output)
    {
        var shoppers = int.Parse(Value(args, "--shoppers") ?? "20", CultureInfo.InvariantCulture);
        var seed = int.Parse(Value(args, "--seed") ?? "7", CultureInfo.InvariantCulture);
        var days = int.Parse(Value(args, "--days") ?? "1", CultureInfo.InvariantCulture);
        var rows = new JourneyGenerator(seed).Generate(shoppers, days);
        await using (var writer = new StreamWriter(path))
        {
            LabelledCsv.Write(writer, rows);
        }

        if (Value(args, "--store-out") is { } storeOut)
        {
            await File.WriteAllTextAsync(storeOut, JourneyGenerator.StoreYaml);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{rows.Count} rows of {shoppers} simulated shoppers written to {path}"));
        return 0;
    }

    private static async Task<int> TransportAsync(string path, bool json, TextWriter output)
    {
        var users = TransportModeData.Load(path);
        var (engine, baseline, chosen) = LeaveOneUserOut.Run(users, (th, tau) => Engine(th, tau));
        if (json)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $$"""{"engine":{{engine.ToJson()}},"baselineAccuracy":{{baseline.Accuracy:0.0000}},"baselineMacroF1":{{baseline.MacroF1:0.0000}}}"""));
            return 0;
        }

        await output.WriteLineAsync($"Transport modes, {users.Count} users, leave-one-user-out (Walking/Car/Bus/Train = commuting, Still = resting)");
        await output.WriteLineAsync("still threshold / still weight chosen per held-out user: " + string.Join(", ", chosen.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value.Still:0.###}/{c.Value.Weight:0}"))));
        await output.WriteLineAsync("\nScene engine:\n" + engine.ToText());
        await output.WriteLineAsync("Baseline, one threshold on acceleration spread per window:\n" + baseline.ToText());
        return 0;
    }

    private static async Task<int> ZonesAsync(string path, bool json, TextWriter output)
    {
        var report = ZoneTour.Run(path, Engine());
        await output.WriteLineAsync(json ? report.ToJson() : report.ToText());
        return 0;
    }

    private static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}

using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Simulation.Calibration;
using ScenarioEdge.Simulation.Evaluation;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulator;

/// <summary>The scene evaluations: each feeds protocol messages through the production scene engine in event time.</summary>
internal static class SceneCommands
{
    public const string Usage = """
          scenarioedge-sim evaluate-scenes <labelled.csv> [--json] [--store <scenario.yaml>] [--no-habits]
          scenarioedge-sim generate-journeys <out.csv> [--shoppers <N>] [--seed <S>] [--days <D>] [--store-out <store.yaml>]
          scenarioedge-sim evaluate-transport <transport-mode-5s.csv> [--json] [--recording-gap <seconds>] [--fit sound|still]
          scenarioedge-sim evaluate-zones <ble-sectors.csv> [--json] [--zones beacon|floor|sector] [--method strongest|fingerprint]
          scenarioedge-sim evaluate-zones simulated [--json] [--method strongest|position|fingerprint] [--seed <S>] [--visits <N>] [--sparse]
          scenarioedge-sim calibrate-zones <walk.csv> [--min-samples <N>] [--min-separation <dB>]
          (every evaluation: [--set <SceneOption>=<value>]... to try other thresholds, e.g. --set ZoneSwitchDriftDb=2)

        evaluate-scenes scores the engine's scene at every labelled row (confusion matrix, precision, recall, F1,
        macro F1, transitions per hour). generate-journeys writes simulated labelled days (--days > 1: days per shopper with regular commutes).
        --no-habits judges with the store-wide commute hours only (no per-shopper route habits). evaluate-transport runs
        the real transport-mode recordings leave-one-user-out against a one-threshold baseline. evaluate-zones walks
        the BLE sector recordings as store visits and measures zone decisions, false exits and delays; zones are one per
        beacon (default), the two floors or the 28 sectors, judged by the strongest scanner or calibrated fingerprints.
        """;

    public static bool Handles(string command) => command is "evaluate-scenes" or "generate-journeys" or "evaluate-transport" or "evaluate-zones" or "calibrate-zones";

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
            var overrides = Overrides(args);
            return args[0] switch
            {
                "evaluate-scenes" => await EvaluateAsync(path, json, Value(args, "--store"), args.Contains("--no-habits", StringComparer.Ordinal), overrides, output),
                "generate-journeys" => await GenerateAsync(path, args, output),
                "evaluate-transport" => await TransportAsync(path, args, json, overrides, output),
                "calibrate-zones" => await CalibrateAsync(path, args, output),
                _ => await ZonesAsync(path, args, json, overrides, output),
            };
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ScenarioException or UnauthorizedAccessException or FormatException or ArgumentException or InvalidOperationException)
        {
            await output.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }
    }

    /// <summary>The <c>--set Key=Value</c> pairs as configuration, or null.</summary>
    private static IConfiguration? Overrides(string[] args)
    {
        var pairs = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--set")
            {
                var pair = args[i + 1].Split('=', 2);
                if (pair.Length != 2 || typeof(SceneOptions).GetProperty(pair[0]) is null)
                {
                    throw new ArgumentException($"--set {args[i + 1]}: expected <SceneOption>=<value> naming a property of SceneOptions (docs/scenes.md)");
                }

                pairs[pair[0]] = pair[1];
            }
        }

        return pairs.Count == 0 ? null : new ConfigurationBuilder().AddInMemoryCollection(pairs).Build();
    }

    private static SceneReplay Engine(IConfiguration? overrides, TransportSetting? fitted = null, bool habits = true)
    {
        var options = new SceneOptions { RouteHabits = habits };
        overrides?.Bind(options);
        var problems = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), problems, validateAllProperties: true))
        {
            throw new ArgumentException("--set: " + string.Join("; ", problems.Select(p => p.ErrorMessage)));
        }

        if (fitted is { } f)
        {
            options.StillAccelStdMps2 = f.Still;
            options.StillVoteWeight = f.Weight;
            options.SoundFamilyWeight = f.Sound;
            options.QuietSoundDb = f.QuietDb;
        }

        return new SceneReplay(options);
    }

    private static async Task<int> EvaluateAsync(string path, bool json, string? storePath, bool noHabits, IConfiguration? overrides, TextWriter output)
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

        var report = SceneEvaluator.Run(rows, Engine(overrides, habits: !noHabits), store);
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

    private static async Task<int> TransportAsync(string path, string[] args, bool json, IConfiguration? overrides, TextWriter output)
    {
        var gapS = double.Parse(Value(args, "--recording-gap") ?? "900", CultureInfo.InvariantCulture);
        if (gapS < 5)
        {
            throw new ArgumentException($"--recording-gap {gapS}: at least 5 (seconds; one window)");
        }

        var users = TransportModeData.Load(path, (long)(gapS * 1000));
        var fit = Value(args, "--fit") ?? "sound";
        if (fit is not ("still" or "sound"))
        {
            throw new ArgumentException($"--fit {fit}: use still (the still threshold and weight only, sound unused) or sound (also the sound level)");
        }

        var grid = LeaveOneUserOut.Grid(sound: fit == "sound");
        var (engine, baseline, chosen) = LeaveOneUserOut.Run(users, setting => Engine(overrides, setting), grid);
        if (json)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $$"""{"engine":{{engine.ToJson()}},"baselineAccuracy":{{baseline.Accuracy:0.0000}},"baselineMacroF1":{{baseline.MacroF1:0.0000}}}"""));
            return 0;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Transport modes, {users.Count} users, leave-one-user-out (Walking/Car/Bus/Train = commuting, Still = resting); windows 5 s apart, {gapS:0.#} s between recordings"));
        await output.WriteLineAsync("per held-out user: still threshold/still weight/sound trust@quiet dB chosen on the others; Still windows read as resting; moving windows read as resting");
        foreach (var (user, (setting, report)) in chosen)
        {
            var still = EvaluationReport.Predictions.Sum(p => report.Count("resting", p));
            var moving = EvaluationReport.Predictions.Sum(p => report.Count("commuting", p));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {user,-16} {setting,-16} {report.Count("resting", "resting"),4} of {still,4}   {report.Count("commuting", "resting"),4} of {moving,4}"));
        }
        await output.WriteLineAsync("\nScene engine:\n" + engine.ToText());
        await output.WriteLineAsync("Baseline, one threshold on acceleration spread per window:\n" + baseline.ToText());
        return 0;
    }

    private static async Task<int> ZonesAsync(string path, string[] args, bool json, IConfiguration? overrides, TextWriter output)
    {
        var method = Value(args, "--method") ?? "strongest";
        if (StoreLayout.ParseMethod(method) is null)
        {
            throw new ArgumentException($"--method {method}: use strongest, position or fingerprint");
        }

        ZoneTourReport report;
        if (path == "simulated")
        {
            var seed = int.Parse(Value(args, "--seed") ?? "11", CultureInfo.InvariantCulture);
            var visits = int.Parse(Value(args, "--visits") ?? "12", CultureInfo.InvariantCulture);
            report = new SimulatedZoneTour(seed, args.Contains("--sparse", StringComparer.Ordinal)).Run(Engine(overrides), method, visits);
        }
        else
        {
            if (StoreLayout.ParseMethod(method) == ZoneMethod.Position)
            {
                throw new ArgumentException("--method position: the BLE sectors have no coordinates; use strongest or fingerprint (or evaluate-zones simulated)");
            }

            var granularity = Enum.Parse<ZoneGranularity>(Value(args, "--zones") ?? "beacon", ignoreCase: true);
            report = ZoneTour.Run(path, Engine(overrides), granularity, method);
        }

        await output.WriteLineAsync(json ? report.ToJson() : report.ToText());
        return 0;
    }

    private static async Task<int> CalibrateAsync(string path, string[] args, TextWriter output)
    {
        var minSamples = int.Parse(Value(args, "--min-samples") ?? "10", CultureInfo.InvariantCulture);
        var minSeparation = double.Parse(Value(args, "--min-separation") ?? "8", CultureInfo.InvariantCulture);
        List<(string Zone, string Scanner, double Rssi)> samples;
        List<string> errors;
        using (var reader = new StreamReader(path))
        {
            (samples, errors) = ZoneCalibration.Read(reader);
        }

        foreach (var error in errors)
        {
            await output.WriteLineAsync($"bad row: {path} {error}");
        }

        if (samples.Count == 0)
        {
            await output.WriteLineAsync($"error: no usable rows in {path} (expected the header {ZoneCalibration.Header})");
            return 2;
        }

        var fingerprints = ZoneCalibration.Fingerprints(samples, minSamples);
        await output.WriteAsync(ZoneCalibration.ToYaml(fingerprints));
        foreach (var (zone, fingerprint) in fingerprints.Where(f => f.Value.Count == 0))
        {
            await output.WriteLineAsync($"# warning: zone {zone} has no scanner heard {minSamples} times or more: stand there longer, or add a scanner");
        }

        foreach (var (a, b, db) in ZoneCalibration.TooClose(fingerprints, minSeparation))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"# warning: zones {a} and {b} differ by only {db:0.0} dB (under {minSeparation:0.#}): expect them to be confused; add a scanner between them or merge them"));
        }

        return errors.Count == 0 ? 0 : 1;
    }

    private static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}

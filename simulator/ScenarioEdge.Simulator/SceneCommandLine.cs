using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ScenarioEdge.Scenes;
using ScenarioEdge.Simulation.Evaluation;

namespace ScenarioEdge.Simulator;

/// <summary>The evaluation commands' options and validation; the work is in <see cref="SceneCommands"/>.</summary>
internal static class SceneCommandLine
{
    public static IEnumerable<Command> Create(TextWriter output)
    {
        yield return EvaluateScenes(output);
        yield return GenerateJourneys(output);
        yield return EvaluateTransport(output);
        yield return EvaluateZones(output);
        yield return CalibrateZones(output);
    }

    private static Command EvaluateScenes(TextWriter output)
    {
        var (file, json, set) = (File("labelled.csv", "The labelled rows (t_ms,shopper,label,...)."), Json(), Set());
        var store = new Option<string?>("--store") { Description = "A scenario whose store (zones, commute hours) the engine uses.", HelpName = "scenario.yaml" };
        var noHabits = new Option<bool>("--no-habits") { Description = "Judge with the store-wide commute hours only (no per-shopper route habits)." };
        var command = Command("evaluate-scenes",
            "Scores the engine's scene at every labelled row: confusion matrix, precision, recall, F1, macro F1, transitions per hour.",
            file, json, set, store, noHabits);
        command.SetAction((p, _) => SceneCommands.Guard(output, () =>
            SceneCommands.EvaluateAsync(p.GetValue(file)!, p.GetValue(json), p.GetValue(store), p.GetValue(noHabits), p.GetValue(set) ?? [], output)));
        return command;
    }

    private static Command GenerateJourneys(TextWriter output)
    {
        var file = File("out.csv", "Where the labelled rows are written.");
        var shoppers = Count("--shoppers", 20, "How many simulated shoppers.");
        var seed = Seed(7);
        var days = Count("--days", 1, "Days per shopper; more than one gives regular commutes (route habits).");
        var storeOut = new Option<string?>("--store-out") { Description = "Also write the simulated store as a scenario file.", HelpName = "store.yaml" };
        var command = Command("generate-journeys", "Writes simulated labelled days for evaluate-scenes.", file, shoppers, seed, days, storeOut);
        command.SetAction((p, _) => SceneCommands.Guard(output, () =>
            SceneCommands.GenerateAsync(p.GetValue(file)!, p.GetValue(shoppers), p.GetValue(seed), p.GetValue(days), p.GetValue(storeOut), output)));
        return command;
    }

    private static Command EvaluateTransport(TextWriter output)
    {
        var (file, json, set) = (File("transport-mode-5s.csv", "The transport-mode recordings (5 s windows)."), Json(), Set());
        var gap = new Option<double>("--recording-gap")
        {
            Description = "Seconds between two windows of one user that start a new recording (at least 5, one window).",
            HelpName = "seconds",
            DefaultValueFactory = _ => 900,
            CustomParser = r => Number(r, 900, minimum: 5, "at least 5 (seconds; one window)"),
        };
        var fit = new Option<string>("--fit")
        {
            Description = "What the leave-one-user-out fit chooses: still (the still threshold and weight only) or sound (also the sound level).",
            HelpName = "still|sound",
            DefaultValueFactory = _ => "sound",
        };
        fit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is var f && f is not ("still" or "sound"))
            {
                r.AddError($"--fit {f}: use still (the still threshold and weight only, sound unused) or sound (also the sound level)");
            }
        });
        var command = Command("evaluate-transport",
            "Runs the real transport-mode recordings leave-one-user-out against a one-threshold baseline.", file, json, set, gap, fit);
        command.SetAction((p, _) => SceneCommands.Guard(output, () =>
            SceneCommands.TransportAsync(p.GetValue(file)!, p.GetValue(gap), p.GetValue(fit)!, p.GetValue(json), p.GetValue(set) ?? [], output)));
        return command;
    }

    private static Command EvaluateZones(TextWriter output)
    {
        var (file, json, set) = (File("ble-sectors.csv|simulated", "The BLE sector recordings, or 'simulated' for a simulated store with positioned scanners."), Json(), Set());
        var zones = new Option<ZoneGranularity>("--zones")
        {
            Description = "Recordings only: one zone per beacon, the two floors, or the 28 sectors.",
            DefaultValueFactory = _ => ZoneGranularity.Beacon,
        };
        var method = new Option<string>("--method")
        {
            Description = "How a zone is judged: strongest scanner, position (simulated only) or calibrated fingerprints.",
            HelpName = "strongest|position|fingerprint",
            DefaultValueFactory = _ => "strongest",
        };
        method.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is var m && StoreLayout.ParseMethod(m) is null)
            {
                r.AddError($"--method {m}: use strongest, position or fingerprint");
            }
        });
        var seed = Seed(11);
        var visits = Count("--visits", 12, "Simulated only: how many store visits.");
        var sparse = new Option<bool>("--sparse") { Description = "Simulated only: fewer scanners than zones." };
        var command = Command("evaluate-zones",
            "Walks the BLE sector recordings (or a simulated store) as store visits and measures zone decisions, false exits and delays.",
            file, json, set, zones, method, seed, visits, sparse);
        command.SetAction((p, _) => SceneCommands.Guard(output, () =>
            SceneCommands.ZonesAsync(p.GetValue(file)!, p.GetValue(method)!, p.GetValue(zones), p.GetValue(seed), p.GetValue(visits), p.GetValue(sparse), p.GetValue(json), p.GetValue(set) ?? [], output)));
        return command;
    }

    private static Command CalibrateZones(TextWriter output)
    {
        var file = File("walk.csv", "A calibration walk: t_ms,zone,scanner,rssi.");
        var minSamples = Count("--min-samples", 10, "How often a scanner must be heard in a zone to be part of its fingerprint.");
        var minSeparation = new Option<double>("--min-separation")
        {
            Description = "Warn about two zones whose fingerprints differ by less than this.",
            HelpName = "dB",
            DefaultValueFactory = _ => 8,
            CustomParser = r => Number(r, 8, minimum: 0, "not negative"),
        };
        var command = Command("calibrate-zones", "Prints zone fingerprints for a store file from a calibration walk.", file, minSamples, minSeparation);
        command.SetAction((p, _) => SceneCommands.Guard(output, () =>
            SceneCommands.CalibrateAsync(p.GetValue(file)!, p.GetValue(minSamples), p.GetValue(minSeparation), output)));
        return command;
    }

    private static Command Command(string name, string description, Argument<string?> file, params Option[] options)
    {
        var command = new Command(name, description) { file };
        foreach (var option in options)
        {
            command.Add(option);
        }

        command.Validators.Add(r =>
        {
            if (r.GetValue(file) is null)
            {
                r.AddError($"{name} needs a file");
            }
        });
        return command;
    }

    private static Argument<string?> File(string name, string description) => new(name) { Description = description, Arity = ArgumentArity.ZeroOrOne };

    private static Option<bool> Json() => new("--json") { Description = "Print the report as JSON." };

    private static Option<string[]> Set()
    {
        var set = new Option<string[]>("--set")
        {
            Description = "Try another scene threshold, e.g. --set ZoneSwitchDriftDb=2 (repeatable; names in docs/scenes.md).",
            HelpName = "SceneOption=value",
            DefaultValueFactory = _ => [],
        };
        set.Validators.Add(r =>
        {
            foreach (var pair in r.GetValueOrDefault<string[]>() ?? [])
            {
                var parts = pair.Split('=', 2);
                if (parts.Length != 2 || !IsSetting(parts[0]))
                {
                    r.AddError($"--set {pair}: expected <SceneOption>=<value> naming a scene setting (docs/scenes.md)");
                }
            }
        });
        return set;
    }

    /// <summary>A scene setting (a number, time span, switch or text of one part of <see cref="SceneOptions"/>), not a part itself.</summary>
    private static bool IsSetting(string name) =>
        new SceneOptions().Parts().Select(part => part.GetType().GetProperty(name)).Any(p => p is not null && (p.PropertyType.IsValueType || p.PropertyType == typeof(string)));

    private static Option<int> Count(string name, int fallback, string description) => new(name)
    {
        Description = description,
        HelpName = "N",
        DefaultValueFactory = _ => fallback,
        CustomParser = r => (int)Number(r, fallback, minimum: 1, "a whole number, at least 1", whole: true),
    };

    private static Option<int> Seed(int fallback) =>
        new("--seed") { Description = "The random seed (the same seed gives the same data).", HelpName = "S", DefaultValueFactory = _ => fallback };

    /// <summary>A number in the invariant culture, whatever the machine's: data files and docs use a decimal point.</summary>
    private static double Number(ArgumentResult result, double fallback, double minimum, string rule, bool whole = false)
    {
        if (result.Tokens.Count == 0)
        {
            return fallback;
        }

        var text = result.Tokens[0].Value;
        var name = ((OptionResult)result.Parent!).Option.Name;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || (whole && (value != Math.Floor(value) || value > int.MaxValue)))
        {
            result.AddError($"{name}: '{text}' is not a number");
        }
        else if (value < minimum)
        {
            result.AddError($"{name} {text}: {rule}");
        }

        return value;
    }
}

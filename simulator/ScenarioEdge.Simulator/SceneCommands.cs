using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using ScenarioEdge.Provisioning;
using ScenarioEdge.Scenes;
using ScenarioEdge.Simulation.Calibration;
using ScenarioEdge.Simulation.Evaluation;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulator;

/// <summary>The scene evaluations: each feeds protocol messages through the production scene engine in event time.</summary>
internal static class SceneCommands
{
    /// <summary>Runs one evaluation; a bad file or setting found while reading is exit 2 with what is wrong.</summary>
    public static async Task<int> Guard(TextWriter output, Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ScenarioException or UnauthorizedAccessException or FormatException or ArgumentException or InvalidOperationException)
        {
            await output.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }
    }

    /// <summary>The <c>--set Key=Value</c> pairs (checked by the parser) as configuration, or null.</summary>
    private static IConfiguration? Overrides(string[] pairs) =>
        pairs.Length == 0
            ? null
            : new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => p.Split('=', 2)).Select(p => KeyValuePair.Create(p[0], (string?)p[1]))).Build();

    private static SceneReplay Engine(string[] set, TransportSetting? fitted = null, bool habits = true)
    {
        var options = new SceneOptions { Routes = new() { RouteHabits = habits } };
        var overrides = Overrides(set);
        var problems = new List<ValidationResult>();
        // Keys are flat, as in the gateway's section Scenes: each part of the options takes its own.
        foreach (var part in options.Parts())
        {
            overrides?.Bind(part);
            Validator.TryValidateObject(part, new ValidationContext(part), problems, validateAllProperties: true);
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("--set: " + string.Join("; ", problems.Select(p => p.ErrorMessage)));
        }

        if (fitted is { } f)
        {
            options.Activity.StillAccelStdMps2 = f.Still;
            options.Activity.StillVoteWeight = f.Weight;
            options.Activity.SoundFamilyWeight = f.Sound;
            options.Activity.QuietSoundDb = f.QuietDb;
        }

        return new SceneReplay(options);
    }

    public static async Task<int> EvaluateAsync(string path, bool json, string? storePath, bool noHabits, string[] set, TextWriter output)
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

        var report = SceneEvaluator.Run(rows, Engine(set, habits: !noHabits), store);
        await output.WriteLineAsync(json ? report.ToJson() : report.ToText());
        return errors.Count == 0 ? 0 : 1;
    }

    public static async Task<int> GenerateAsync(string path, int shoppers, int seed, int days, string? storeOut, TextWriter output)
    {
        var rows = new JourneyGenerator(seed).Generate(shoppers, days);
        await using (var writer = new StreamWriter(path))
        {
            LabelledCsv.Write(writer, rows);
        }

        if (storeOut is not null)
        {
            await File.WriteAllTextAsync(storeOut, JourneyGenerator.StoreYaml);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{rows.Count} rows of {shoppers} simulated shoppers written to {path}"));
        return 0;
    }

    public static async Task<int> TransportAsync(string path, double gapS, string fit, bool json, string[] set, TextWriter output)
    {
        var users = TransportModeData.Load(path, (long)(gapS * 1000));

        var grid = LeaveOneUserOut.Grid(sound: fit == "sound");
        var (engine, baseline, chosen) = LeaveOneUserOut.Run(users, setting => Engine(set, setting), grid);
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

    public static async Task<int> ZonesAsync(string path, string method, ZoneGranularity granularity, int seed, int visits, bool sparse, bool json, string[] set, TextWriter output)
    {
        ZoneTourReport report;
        if (path == "simulated")
        {
            report = new SimulatedZoneTour(seed, sparse).Run(Engine(set), method, visits);
        }
        else
        {
            if (StoreLayout.ParseMethod(method) == ZoneMethod.Position)
            {
                throw new ArgumentException("--method position: the BLE sectors have no coordinates; use strongest or fingerprint (or evaluate-zones simulated)");
            }

            report = ZoneTour.Run(path, Engine(set), granularity, method);
        }

        await output.WriteLineAsync(json ? report.ToJson() : report.ToText());
        return 0;
    }

    public static async Task<int> CalibrateAsync(string path, int minSamples, double minSeparation, TextWriter output)
    {
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
}

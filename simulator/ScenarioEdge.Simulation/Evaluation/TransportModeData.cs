using System.Globalization;

namespace ScenarioEdge.Simulation.Evaluation;

/// <summary>
/// The transport-mode recordings (Carpineti et al. 2018, 5-second windows) as labelled rows: Walking, Car, Bus and
/// Train are commuting, Still is resting. Rows keep the recording order per user (window id); each change of mode
/// starts a new trip 15 minutes later, so trips never blur into each other. Only what a phone can cheaply report
/// is kept: the spread of the acceleration magnitude and the GPS speed (missing in about 40% of windows).
/// </summary>
public static class TransportModeData
{
    private const long WindowMs = 5_000;
    private const long TripGapMs = 15 * 60_000;

    public static Dictionary<string, List<LabelledRow>> Load(string path)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()?.Split(',') ?? throw new InvalidDataException($"{path}: empty");
        int Col(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"{path}: no column {name}");
        int id = Col("id"), accel = Col("android.sensor.accelerometer#std"), speed = Col("speed#mean"), target = Col("target"), user = Col("user");
        var windows = new List<(string User, long Id, string Label, double? Accel, double? Speed)>();
        while (reader.ReadLine() is { } line)
        {
            var c = line.Split(',');
            var label = c[target] == "Still" ? "resting" : "commuting";
            windows.Add((c[user], long.Parse(c[id], CultureInfo.InvariantCulture), label, Num(c[accel]), Num(c[speed])));
        }

        var byUser = new Dictionary<string, List<LabelledRow>>(StringComparer.Ordinal);
        foreach (var g in windows.GroupBy(w => w.User, StringComparer.Ordinal))
        {
            var rows = new List<LabelledRow>();
            long t = 0;
            string? previous = null;
            foreach (var w in g.OrderBy(w => w.Id))
            {
                t += previous is not null && previous != w.Label ? TripGapMs : WindowMs;
                previous = w.Label;
                rows.Add(new LabelledRow(rows.Count + 2, t, $"u-{Safe(g.Key)}", w.Label, AccelStd: w.Accel, SpeedMps: w.Speed));
            }

            byUser[g.Key] = rows;
        }

        return byUser;
    }

    private static string Safe(string user) => new(user.Where(char.IsLetterOrDigit).ToArray());

    private static double? Num(string cell) =>
        cell.Length > 0 && double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;
}

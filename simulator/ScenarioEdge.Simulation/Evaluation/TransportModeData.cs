using System.Globalization;

namespace ScenarioEdge.Simulation.Evaluation;

/// <summary>
/// The transport-mode recordings (Carpineti et al. 2018, 5-second windows) as labelled rows: Walking, Car, Bus and
/// Train are commuting, Still is resting. The replay never looks at the label to place a window in time: per user in
/// window order (<c>id</c>), consecutive windows of one recording 5 s apart, and a new recording starts
/// <c>recordingGapMs</c> after the previous one ended. A recording ends where the file's <c>time</c> column (the
/// window's index within its recording) does not advance with the <c>id</c>. Only what a phone can cheaply report is
/// kept: the spread of the acceleration magnitude, the GPS speed (missing in about 40% of windows) and the mean
/// sound level (missing in about 17%). The gyroscope's spread was tried and left out: it made the fair figure worse.
/// </summary>
public static class TransportModeData
{
    public const long WindowMs = 5_000;

    /// <summary>
    /// The default gap between two recordings of a user: 15 minutes, longer than the engine remembers a silent
    /// shopper, since each recording is a trip of its own (docs/scenes.md). <see cref="WindowMs"/> splices them.
    /// </summary>
    public const long SeparateRecordingsMs = 15 * 60_000;

    public static Dictionary<string, List<LabelledRow>> Load(string path, long recordingGapMs = SeparateRecordingsMs)
    {
        using var reader = new StreamReader(path);
        return Load(reader, path, recordingGapMs);
    }

    public static Dictionary<string, List<LabelledRow>> Load(TextReader reader, string name, long recordingGapMs = SeparateRecordingsMs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(recordingGapMs, WindowMs);
        using var csv = CsvFile.Open(reader);
        var header = csv.Header.IsEmpty ? throw new InvalidDataException($"{name}: empty") : csv.Header.ColNames.ToList();
        int Col(string column) => header.IndexOf(column) is var i and >= 0 ? i : throw new InvalidDataException($"{name}: no column {column}");
        int id = Col("id"), time = Col("time"), accel = Col("android.sensor.accelerometer#std"), speed = Col("speed#mean");
        int sound = Col("sound#mean"), target = Col("target"), user = Col("user");
        var windows = new List<Window>();
        foreach (var row in csv)
        {
            var c = CsvFile.Cells(row);
            if (c.Length != header.Count || !long.TryParse(c[id], NumberStyles.Integer, CultureInfo.InvariantCulture, out var windowId) || Num(c[time]) is not { } index)
            {
                throw new InvalidDataException($"{name} line {row.LineNumberFrom}: expected {header.Count} cells with a numeric id and time");
            }

            var label = c[target] == "Still" ? "resting" : "commuting";
            windows.Add(new Window(c[user], windowId, index, label, Num(c[accel]), Num(c[speed]), Num(c[sound])));
        }

        var byUser = new Dictionary<string, List<LabelledRow>>(StringComparer.Ordinal);
        foreach (var g in windows.GroupBy(w => w.User, StringComparer.Ordinal))
        {
            var rows = new List<LabelledRow>();
            long t = 0;
            Window? previous = null;
            foreach (var w in g.OrderBy(w => w.Id))
            {
                if (previous is { } p)
                {
                    t += SameRecording(p, w) ? WindowMs : recordingGapMs;
                }

                previous = w;
                rows.Add(new LabelledRow(rows.Count + 2, t, $"u-{Safe(g.Key)}", w.Label, AccelStd: w.Accel, SpeedMps: w.Speed, SoundDb: w.Sound));
            }

            byUser[g.Key] = rows;
        }

        return byUser;
    }

    /// <summary>
    /// Within a recording the window index grows with the id (the balancing of the data set dropped windows, so both
    /// may jump together); a new recording restarts its index. Windows the balancing dropped are not silence on the
    /// phone, so they are not replayed as gaps: consecutive windows of one recording stay 5 s apart.
    /// </summary>
    private static bool SameRecording(Window previous, Window next) =>
        next.Index > previous.Index && next.Index - previous.Index == next.Id - previous.Id;

    private static string Safe(string user) => new(user.Where(char.IsLetterOrDigit).ToArray());

    private static double? Num(string cell) =>
        cell.Length > 0 && double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;

    private readonly record struct Window(string User, long Id, double Index, string Label, double? Accel, double? Speed, double? Sound);
}

using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using ScenarioEdge.Simulation.Evaluation;

namespace ScenarioEdge.Simulator.Tests.Evaluation;

public sealed class EvaluateScenesCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("se-eval-");

    public void Dispose() => _dir.Delete(recursive: true);

    private static Task<int> RunAsync(StringWriter output, params string[] args) =>
        SimulatorCli.RunAsync(args, output, NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);

    [Fact]
    public async Task EvaluateScenes_GeneratedJourneys_JsonHasTheMetricsAndMeetsTheTargets()
    {
        var csv = Path.Combine(_dir.FullName, "journeys.csv");
        var store = Path.Combine(_dir.FullName, "store.yaml");
        Assert.Equal(0, await RunAsync(new StringWriter(), "generate-journeys", csv, "--shoppers", "6", "--seed", "21", "--store-out", store));
        var output = new StringWriter();

        var exit = await RunAsync(output, "evaluate-scenes", csv, "--json", "--store", store);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.True(root.GetProperty("macroF1").GetDouble() >= 0.85, output.ToString());
        foreach (var cls in new[] { "commuting", "exercising", "resting", "in-store" })
        {
            var c = root.GetProperty("classes").GetProperty(cls);
            Assert.InRange(c.GetProperty("f1").GetDouble(), 0.5, 1);
            Assert.True(c.TryGetProperty("precision", out _) && c.TryGetProperty("recall", out _));
        }

        Assert.True(root.GetProperty("confusion").GetProperty("resting").GetProperty("resting").GetInt32() > 0);
        var predicted = root.GetProperty("predictedTransitionsPerHour").GetDouble();
        var truth = root.GetProperty("trueTransitionsPerHour").GetDouble();
        Assert.InRange(predicted, 0.5 * truth, 1.5 * truth);
    }

    [Fact]
    public async Task EvaluateScenes_BadRow_ReportedWithLineNumberAndExitOne()
    {
        var csv = Path.Combine(_dir.FullName, "bad.csv");
        await File.WriteAllTextAsync(csv, "t_ms,shopper,label,accel_std_mps2\n0,a,resting,0.01\n5000,a,resting,lots\n");
        var output = new StringWriter();

        var exit = await RunAsync(output, "evaluate-scenes", csv);

        Assert.Equal(1, exit);
        Assert.Contains("line 3: accel_std_mps2 'lots' is not a number", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("macro F1", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateTransport_RealRecordingsSubset_EngineBeatsOneThresholdBaseline()
    {
        // A quick sanity check on the three users with the most data (and the hardest still-vs-train confusion), each held
        // out in turn; the full run over all 13 users is the evaluate-transport command.
        var data = SharedData("transport-mode-5s.csv");
        Assert.True(File.Exists(data), $"the shared data set is expected beside the repository at {data}");
        var users = TransportModeData.Load(data)
            .Where(u => u.Key is "andrea" or "Damiano" or "Luca")
            .ToDictionary(u => u.Key, u => u.Value, StringComparer.Ordinal);

        var (engine, baseline, _) = LeaveOneUserOut.Run(users, s => new SceneReplay(new()
        {
            Activity = new() { StillAccelStdMps2 = s.Still, StillVoteWeight = s.Weight, SoundFamilyWeight = s.Sound, QuietSoundDb = s.QuietDb },
        }));

        Assert.True(engine.MacroF1 > baseline.MacroF1, $"engine {engine.MacroF1:0.000}, baseline {baseline.MacroF1:0.000}");
    }

    [Theory]
    [InlineData("--fit", "everything", "--fit everything: use still")]
    [InlineData("--recording-gap", "1", "--recording-gap 1: at least 5")]
    public async Task EvaluateTransport_BadOption_ErrorNamesIt(string option, string value, string message)
    {
        var csv = Path.Combine(_dir.FullName, "transport.csv");
        await File.WriteAllTextAsync(csv, "id,time,android.sensor.accelerometer#std,android.sensor.gyroscope#std,sound#mean,speed#mean,target,user\n1,3,0.01,0.001,50,0,Still,ana\n");
        var output = new StringWriter();

        Assert.Equal(2, await RunAsync(output, "evaluate-transport", csv, option, value));

        Assert.Contains(message, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateZones_SparseScanners_PositionNamesZonesTheStrongestScannerCannot()
    {
        async Task<JsonDocument> TourAsync(string method)
        {
            var output = new StringWriter();
            Assert.Equal(0, await RunAsync(output, "evaluate-zones", "simulated", "--sparse", "--method", method, "--seed", "3", "--visits", "6", "--json"));
            return JsonDocument.Parse(output.ToString());
        }

        using var strongest = await TourAsync("strongest");
        using var position = await TourAsync("position");

        var s = strongest.RootElement;
        var p = position.RootElement;
        Assert.True(p.GetProperty("zoneAccuracy").GetDouble() > s.GetProperty("zoneAccuracy").GetDouble() + 0.05, $"position {p}, strongest {s}");
        Assert.Equal(0, p.GetProperty("missedEntries").GetInt32());
        Assert.Equal(0, p.GetProperty("falseExitsPerHour").GetDouble());
        Assert.True(p.GetProperty("predictedZoneChanges").GetInt32() <= 1.5 * p.GetProperty("trueZoneChanges").GetInt32(), p.ToString());
    }

    [Fact]
    public async Task EvaluateZones_RealSectorsByFloor_FingerprintsTellTheFloorsApart()
    {
        var data = SharedData("ble-sectors-tx0.csv");
        var output = new StringWriter();

        Assert.Equal(0, await RunAsync(output, "evaluate-zones", data, "--zones", "floor", "--method", "fingerprint", "--json"));

        using var json = JsonDocument.Parse(output.ToString());
        var r = json.RootElement;
        Assert.True(r.GetProperty("zoneAccuracy").GetDouble() >= 0.85, r.ToString());
        Assert.True(r.GetProperty("predictedZoneChanges").GetInt32() <= 2 * r.GetProperty("trueZoneChanges").GetInt32(), r.ToString());
        Assert.Equal(0, r.GetProperty("missedEntries").GetInt32());
    }

    [Fact]
    public async Task CalibrateZones_Walk_PrintsFingerprintsWarnsOfLookalikesAndReportsBadRows()
    {
        var csv = Path.Combine(_dir.FullName, "walk.csv");
        var rows = new List<string> { "t_ms,zone,scanner,rssi" };
        for (var i = 0; i < 20; i++)
        {
            // Trimmed: the one wild reading per zone (a reflection) must not move the mean.
            rows.Add($"{i},produce,scan-a,{(i == 0 ? -30 : -60 - (i % 3))}");
            rows.Add($"{i},produce,scan-b,{-80 - (i % 3)}");
            rows.Add($"{i},bakery,scan-a,{-79 - (i % 3)}");
            rows.Add($"{i},bakery,scan-b,{-62 - (i % 3)}");
            rows.Add($"{i},bread,scan-a,{-80 - (i % 3)}");
            rows.Add($"{i},bread,scan-b,{-63 - (i % 3)}");
        }

        rows.Add("21,produce,scan-c,-70"); // heard once: not part of the fingerprint
        rows.Add("22,produce,scan-a,loud");
        await File.WriteAllLinesAsync(csv, rows);
        var output = new StringWriter();

        var exit = await RunAsync(output, "calibrate-zones", csv);

        var text = output.ToString();
        Assert.Equal(1, exit);
        Assert.Contains("line 123: rssi 'loud'", text, StringComparison.Ordinal);
        Assert.Contains("zoneMethod: fingerprint", text, StringComparison.Ordinal);
        Assert.Contains("- { id: produce, fingerprint: { scan-a: -60.9, scan-b: -80.9 } }", text, StringComparison.Ordinal);
        Assert.DoesNotContain("scan-c", text, StringComparison.Ordinal);
        Assert.Contains("zones bakery and bread differ by only 1.4 dB", text, StringComparison.Ordinal);
        Assert.DoesNotContain("zones bakery and produce", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateZones_BadRecording_ErrorNamesTheLine()
    {
        var csv = Path.Combine(_dir.FullName, "sectors.csv");
        await File.WriteAllTextAsync(csv, "B1,B2,B3,B4,B5,B6,Sector\n-60,-70,-80,-75,-90,-88,1\n-60,-70,loud,-75,-90,-88,1\n");
        var output = new StringWriter();

        Assert.Equal(2, await RunAsync(output, "evaluate-zones", csv));

        Assert.Contains("line 3: expected B1..B6", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateZones_UnknownSetting_ErrorNamesIt()
    {
        var output = new StringWriter();

        Assert.Equal(2, await RunAsync(output, "evaluate-zones", "simulated", "--set", "ZoneSwitchWhatever=3"));

        Assert.Contains("ZoneSwitchWhatever", output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The shared data set beside the repository (../shared/data), or beside a folder holding it (a git worktree).</summary>
    private static string SharedData(string file)
    {
        for (var dir = new DirectoryInfo(RepoRoot()).Parent; dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "data", file);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return Path.Combine(RepoRoot(), "..", "shared", "data", file);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ScenarioEdge.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}

using ScenarioEdge.Simulation.Evaluation;

namespace ScenarioEdge.Simulator.Tests.Evaluation;

public sealed class TransportModeDataTests
{
    private const string Header = "id,time,android.sensor.accelerometer#std,android.sensor.gyroscope#std,sound#mean,speed#mean,target,user";

    // Two users; ana's first recording (time 3..6, with window 5 dropped by the balancing) is Car, her second Still,
    // her third Still again; ben has one recording whose label changes in the middle.
    private static readonly string[] Windows =
    [
        "100,3,0.5,0.02,85,12,Car,ana", "101,4,0.6,0.03,86,,Car,ana", "103,6,0.4,0.02,84,11,Car,ana",
        "104,3,0.01,0.001,60,0,Still,ana", "105,4,0.02,0.002,61,,Still,ana",
        "110,3,0.03,0.002,62,,Still,ana", "111,4,0.01,0.001,59,0,Still,ana",
        "200,7,3.1,0.7,80,1.2,Walking,ben", "201,8,2.9,0.6,81,1.3,Walking,ben", "202,9,0.2,0.01,88,,Train,ben", "203,10,0.3,0.01,88,30,Train,ben",
    ];

    [Fact]
    public void Load_LabelsPermuted_EngineInputIdentical()
    {
        // The truth may only be scored, never shape what the engine sees: no gaps, orders or resets from labels.
        var truth = Windows.Select(w => w.Split(',')[6]).ToArray();
        var permuted = Windows.Select((w, i) => string.Join(',', w.Split(',')[..6].Append(truth[(i + 3) % truth.Length]).Append(w.Split(',')[7]))).ToArray();
        var flat = Windows.Select(w => string.Join(',', w.Split(',')[..6].Append("Bus").Append(w.Split(',')[7]))).ToArray();

        var original = EngineInput(Windows);

        Assert.Equal(original, EngineInput(permuted));
        Assert.Equal(original, EngineInput(flat));
    }

    [Fact]
    public void Load_Recordings_WindowsFiveSecondsApartAndTheGapOnlyWhereTheTimeColumnRestarts()
    {
        var users = TransportModeData.Load(new StringReader(string.Join('\n', [Header, .. Windows])), "test", recordingGapMs: 60_000);

        // The balancing's dropped window (id 102) is no silence; ana's recordings restart at time 3 (ids 104 and 110).
        Assert.Equal([0L, 5_000, 10_000, 70_000, 75_000, 135_000, 140_000], users["ana"].Select(r => r.TMs));
        Assert.Equal([0L, 5_000, 10_000, 15_000], users["ben"].Select(r => r.TMs));
        Assert.Equal(["commuting", "commuting", "resting", "resting"], users["ana"].Skip(1).Take(4).Select(r => r.Label));
        Assert.Equal(60, users["ana"][3].SoundDb);
    }

    [Fact]
    public void Load_BadWindow_NamesTheLine()
    {
        var ex = Assert.Throws<InvalidDataException>(() =>
            TransportModeData.Load(new StringReader($"{Header}\n{Windows[0]}\nx,3,0.5,0.02,85,12,Car,ana\n"), "test"));

        Assert.Contains("test line 3", ex.Message, StringComparison.Ordinal);
    }

    private static List<string> EngineInput(string[] windows)
    {
        var users = TransportModeData.Load(new StringReader(string.Join('\n', [Header, .. windows])), "test");
        var judge = new InputRecordingJudge();
        foreach (var rows in users.Values)
        {
            SceneEvaluator.Run(rows, judge);
        }

        return judge.Inputs;
    }
}

using ScenarioEdge.EdgeAgent.Shelf;
using ScenarioEdge.Shelf;

namespace ScenarioEdge.EdgeAgent.Tests.Shelf;

public sealed class CalibrationStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("shelf-cal-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Save_TwoLanes_SurviveARestart()
    {
        new CalibrationStore(_dir).Save("a1", new LaneCalibration(84_000, 420));
        new CalibrationStore(_dir).Save("a2", new LaneCalibration(-12_000, -398.5));

        var loaded = new CalibrationStore(_dir).Load();

        Assert.Equal(new LaneCalibration(84_000, 420), loaded["a1"]);
        Assert.Equal(new LaneCalibration(-12_000, -398.5), loaded["a2"]);
    }

    [Fact]
    public void Load_CorruptFile_ThrowsSayingWhatToDo()
    {
        File.WriteAllText(Path.Combine(_dir, "shelf-calibration.json"), "{not json");

        var error = Assert.Throws<InvalidOperationException>(() => new CalibrationStore(_dir).Load());

        Assert.Contains("calibrate the lanes again", error.Message, StringComparison.Ordinal);
    }
}

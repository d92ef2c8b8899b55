using ScenarioEdge.EdgeAgent.Shelf;
using ScenarioEdge.Shelf;

namespace ScenarioEdge.EdgeAgent.Tests.Shelf;

public sealed class LaneCalibrationTests
{
    [Fact]
    public void FromKnownWeight_OneKilogram_MapsBothReadingsToTheirGrams()
    {
        var calibration = LaneCalibration.FromKnownWeight(84_000, 504_000, 1000);

        Assert.Equal(420, calibration.CountsPerGram, 6);
        Assert.Equal(0, calibration.ToGrams(84_000), 6);
        Assert.Equal(1000, calibration.ToGrams(504_000), 6);
    }

    [Fact]
    public void FromKnownWeight_ReadingDidNotMove_ThrowsAskingToCheckTheWiring()
    {
        var error = Assert.Throws<InvalidOperationException>(() => LaneCalibration.FromKnownWeight(84_000, 84_100, 1000));

        Assert.Contains("wiring", error.Message, StringComparison.Ordinal);
    }
}

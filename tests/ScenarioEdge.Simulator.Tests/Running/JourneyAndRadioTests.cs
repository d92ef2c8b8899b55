using ScenarioEdge.Provisioning;
using ScenarioEdge.Simulation.Radio;
using ScenarioEdge.Simulation.Running;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulator.Tests.Running;

public sealed class JourneyAndRadioTests
{
    private static readonly StoreSpec Store = new()
    {
        Id = "s",
        Zones = [new ZoneSpec { Id = "a", X = 0, Y = 0 }, new ZoneSpec { Id = "b", X = 10, Y = 0 }],
    };

    private static readonly ShopperSpec Shopper = new()
    {
        Id = "x",
        Install = "i",
        Journey = [new StepSpec { At = 5, In = "a" }, new StepSpec { At = 20, In = "b", WalkS = 4 }, new StepSpec { At = 40, In = StepSpec.Outside }],
    };

    [Theory]
    [InlineData(0, true, 0)]
    [InlineData(6, false, 0)]
    [InlineData(22, false, 5)]
    [InlineData(30, false, 10)]
    [InlineData(41, true, 0)]
    public void At_Journey_WalksBetweenZonesAndStepsOutAtOnce(double t, bool outside, double x)
    {
        var p = JourneyPosition.At(Shopper, Store, t);
        Assert.Equal(outside, p.Outside);
        Assert.Equal(x, p.X, 3);
    }

    [Fact]
    public void FirstEntry_IsTheFirstInStoreStep() => Assert.Equal(5, JourneyPosition.FirstEntry(Shopper));

    [Fact]
    public void Sample_LogDistanceModel_FallsWithDistanceAroundTheMean()
    {
        var radio = new RadioSpec { TxPowerAt1m = -59, PathLossExponent = 2, NoiseDb = 2 };
        var model = new PathLossModel(radio, new Random(1));
        var near = Enumerable.Range(0, 2000).Select(_ => model.Sample(1)).OfType<int>().Average();
        var far = Enumerable.Range(0, 2000).Select(_ => model.Sample(10)).OfType<int>().Average();

        Assert.Equal(-59, near, 0.5);
        Assert.Equal(-79, far, 0.5);
    }

    [Fact]
    public void Sample_BelowSensitivity_IsNotHeard()
    {
        var model = new PathLossModel(new RadioSpec { NoiseDb = 0, SensitivityDbm = -100 }, new Random(1));
        Assert.Null(model.Sample(5_000));
    }
}

using System.Device.Gpio;
using ScenarioEdge.EdgeAgent.Gpio;
using ScenarioEdge.EdgeAgent.Shelf;

namespace ScenarioEdge.EdgeAgent.Tests.Gpio;

public sealed class PresenceSensorTests
{
    private static readonly DateTimeOffset T0 = new(2025, 6, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Poll_BeamBrokenBriefly_NoPresence()
    {
        var chip = new FakeHx711Driver(5, 6);
        using var controller = new GpioController(chip);
        var sensor = new PresenceSensor(controller, new PresenceSensorOptions { Sensor = "beam-1", Pin = 17, ActiveLow = true, OnAfterMs = 50 });
        sensor.Open();
        chip.SetInput(17, PinValue.High);
        Assert.Null(sensor.Poll(T0));

        chip.SetInput(17, PinValue.Low);
        Assert.Null(sensor.Poll(T0.AddMilliseconds(20)));
        chip.SetInput(17, PinValue.High);

        Assert.Null(sensor.Poll(T0.AddMilliseconds(40)));
        Assert.Null(sensor.Poll(T0.AddMilliseconds(200)));
    }

    [Fact]
    public void Poll_PirDetectsThenDropsOutBetweenMovements_OneOnAndOneOffAfterTheHoldTime()
    {
        var chip = new FakeHx711Driver(5, 6);
        using var controller = new GpioController(chip);
        var sensor = new PresenceSensor(controller, new PresenceSensorOptions { Sensor = "pir-1", Pin = 22, OnAfterMs = 50, OffAfterMs = 2000 });
        sensor.Open();
        var changes = new List<(int Ms, bool Present)>();
        void Level(int ms, PinValue value)
        {
            chip.SetInput(22, value);
            if (sensor.Poll(T0.AddMilliseconds(ms)) is { } present)
            {
                changes.Add((ms, present));
            }
        }

        Level(0, PinValue.High);
        Level(60, PinValue.High);
        Level(1000, PinValue.Low);
        Level(1500, PinValue.High);
        Level(2000, PinValue.Low);
        Level(3000, PinValue.Low);
        Level(4100, PinValue.Low);

        Assert.Equal([(60, true), (4100, false)], changes);
    }
}

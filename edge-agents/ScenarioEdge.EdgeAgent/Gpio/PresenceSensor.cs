using System.Device.Gpio;
using ScenarioEdge.EdgeAgent.Shelf;

namespace ScenarioEdge.EdgeAgent.Gpio;

/// <summary>A PIR or break-beam input, polled and debounced.</summary>
internal sealed class PresenceSensor(GpioController controller, PresenceSensorOptions options)
{
    private readonly PresenceDebouncer _debouncer = new(TimeSpan.FromMilliseconds(options.OnAfterMs), TimeSpan.FromMilliseconds(options.OffAfterMs));

    public string Id => options.Sensor;

    public void Open() => GpioPins.Open(controller, options.Pin, PinMode.Input, $"presence sensor {options.Sensor}");

    /// <summary>Reads the pin; returns true or false when presence turned on or off.</summary>
    public bool? Poll(DateTimeOffset now)
    {
        PinValue level;
        lock (controller)
        {
            level = controller.Read(options.Pin);
        }

        return _debouncer.Update((level == PinValue.High) != options.ActiveLow, now);
    }
}

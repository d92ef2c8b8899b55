using System.Device.Gpio;

namespace ScenarioEdge.EdgeAgent.Gpio;

/// <summary>
/// HX711 24-bit load-cell ADC, bit-banged on two GPIO pins per the AVIA datasheet: wait for DOUT low (data ready),
/// clock 24 bits out MSB first on PD_SCK rising edges, then 1-3 more pulses that choose channel and gain of the
/// NEXT conversion. PD_SCK high must last 0.2-50 µs; over 60 µs the chip powers down and, when PD_SCK falls, resets
/// to channel A gain 128. A pre-empted read is detected by timing every high phase, and discarded. The high phase is
/// timed through <paramref name="time"/> (the system's monotonic clock in the agent), so tests replay the chip's timing
/// on a simulated clock instead of depending on how busy the machine is.
/// </summary>
public sealed class Hx711(GpioController controller, int dataPin, int clockPin, TimeProvider time, TimeSpan readyTimeout, string name = "hx711")
{
    /// <summary>Datasheet maximum for PD_SCK high (T3); 60 µs is where power-down begins.</summary>
    public static readonly TimeSpan MaxClockHigh = TimeSpan.FromMicroseconds(50);
    private const double PulseMicroseconds = 1;
    private const int Attempts = 3;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(1);
    private Hx711Gain _pending = Hx711Gain.A128;

    /// <summary>Reads discarded because a clock pulse ran long (the thread was pre-empted mid-read).</summary>
    public int OverlongClockReads { get; private set; }

    public int DataPin => dataPin;

    public int ClockPin => clockPin;

    /// <summary>Opens both pins and powers the chip up.</summary>
    public void Open()
    {
        GpioPins.Open(controller, clockPin, PinMode.Output, $"HX711 PD_SCK of {name}");
        GpioPins.Open(controller, dataPin, PinMode.Input, $"HX711 DOUT of {name}");
        PowerUp();
    }

    /// <summary>Holds PD_SCK high: the chip (and, with its regulator, the load cell) sleeps after 60 µs.</summary>
    public void PowerDown() => controller.Write(clockPin, PinValue.High);

    /// <summary>PD_SCK low: the chip resets and converts on channel A, gain 128; the first data takes up to 400 ms at 10 SPS.</summary>
    public void PowerUp()
    {
        controller.Write(clockPin, PinValue.Low);
        _pending = Hx711Gain.A128;
    }

    /// <summary>
    /// Reads one conversion taken at <paramref name="gain"/>. A conversion always uses the gain chosen by the read
    /// before it, so after a reset or a change of gain the first conversion is read (choosing the gain) and dropped.
    /// </summary>
    public async ValueTask<int> ReadAsync(Hx711Gain gain, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts + 1; attempt++)
        {
            await WaitReadyAsync(cancellationToken);
            var measuredAt = _pending;
            int value;
            TimeSpan longestHigh;
            lock (controller)
            {
                (value, longestHigh) = ShiftIn(gain);
            }

            if (longestHigh > MaxClockHigh)
            {
                // The chip may have powered down mid-read and reset to A/128 when PD_SCK fell: the bits are garbage.
                OverlongClockReads++;
                _pending = Hx711Gain.A128;
                continue;
            }

            _pending = gain;
            if (measuredAt == gain)
            {
                return value;
            }
        }

        throw new IOException(
            $"HX711 {name} (DOUT GPIO {dataPin}, PD_SCK GPIO {clockPin}): PD_SCK stayed high over {MaxClockHigh.TotalMicroseconds} µs on every attempt, so the chip kept powering down mid-read. The CPU is too busy: lower the load or give the edge agent a higher priority (Nice=-5 in its systemd unit).");
    }

    private async ValueTask WaitReadyAsync(CancellationToken cancellationToken)
    {
        var start = time.GetTimestamp();
        while (ReadData() == PinValue.High)
        {
            if (time.GetElapsedTime(start) >= readyTimeout)
            {
                throw new TimeoutException(
                    $"HX711 {name}: no data within {readyTimeout.TotalMilliseconds:0} ms (DOUT on GPIO {dataPin} stayed high). Check its power (VCC, GND), the DOUT wire to GPIO {dataPin} and the PD_SCK wire to GPIO {clockPin}; a PD_SCK held high keeps the chip powered down.");
            }

            await Task.Delay(PollInterval, time, cancellationToken);
        }
    }

    // Lanes of one shelf share the controller; each lane's loop takes it only for a poll or one read (~100 µs).
    private PinValue ReadData()
    {
        lock (controller)
        {
            return controller.Read(dataPin);
        }
    }

    private (int Value, TimeSpan LongestHigh) ShiftIn(Hx711Gain next)
    {
        var value = 0;
        var longest = TimeSpan.Zero;
        for (var pulse = 0; pulse < (int)next; pulse++)
        {
            controller.Write(clockPin, PinValue.High);
            var rose = time.GetTimestamp();
            SpinDelay.Microseconds(PulseMicroseconds);
            var bit = pulse < 24 && controller.Read(dataPin) == PinValue.High ? 1 : 0;
            controller.Write(clockPin, PinValue.Low);
            var high = time.GetElapsedTime(rose);
            longest = high > longest ? high : longest;
            if (high > MaxClockHigh)
            {
                // Stop clocking: more pulses would only start a garbled read on the freshly reset chip.
                return (0, longest);
            }

            value = pulse < 24 ? (value << 1) | bit : value;
            SpinDelay.Microseconds(PulseMicroseconds);
        }

        // 24-bit two's complement to int.
        return ((value << 8) >> 8, longest);
    }
}

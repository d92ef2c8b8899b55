using System.Device.Gpio;
using ScenarioEdge.EdgeAgent.Gpio;

namespace ScenarioEdge.EdgeAgent.Tests.Gpio;

/// <summary>
/// A GPIO driver that behaves like an HX711 wired to two pins, at pin level and with its timing: DOUT goes low when
/// a conversion is ready (a queued sample for the selected channel), each PD_SCK pulse shifts one bit out MSB
/// first, the number of pulses selects channel and gain of the next conversion, and PD_SCK high for over 60 µs
/// powers the chip down so that it resets to channel A, gain 128 when PD_SCK falls. Other pins act as plain inputs
/// whose levels the test sets (presence sensors). Time is <see cref="Clock"/>: every pin operation takes
/// <see cref="PinOperation"/> of it, so the timing is replayed, not left to the machine's scheduler.
/// </summary>
internal sealed class FakeHx711Driver(int dataPin, int clockPin, GpioClock? clock = null) : GpioDriver
{
    private static readonly TimeSpan PowerDownAfter = TimeSpan.FromMicroseconds(60);

    /// <summary>What one GPIO read or write costs on a Raspberry Pi through the character device (about 1 µs).</summary>
    public static readonly TimeSpan PinOperation = TimeSpan.FromMicroseconds(1);

    /// <summary>How long a pre-empted reading thread is away (<see cref="StallOnPulse"/>): past the 60 µs power-down.</summary>
    public static readonly TimeSpan Stall = TimeSpan.FromMicroseconds(100);
    private readonly Queue<int> _channelA = new();
    private readonly Queue<int> _channelB = new();
    private readonly Dictionary<int, PinMode> _modes = [];
    private readonly Dictionary<int, PinValue> _inputs = [];
    private Hx711Gain _gain = Hx711Gain.A128;
    private int? _conversion;
    private int _pulses;
    private bool _clockHigh;
    private long _roseAt;
    private bool _asleep;

    /// <summary>Exception thrown by OpenPin, to play a missing chip or missing permissions.</summary>
    public Exception? OpenError { get; set; }

    /// <summary>Stall inside the DOUT read of this pulse (0-based), as if the reading thread were pre-empted.</summary>
    public int? StallOnPulse { get; set; }

    /// <summary>Stall on the first pulse of every read: a machine too busy to ever read the chip.</summary>
    public bool StallEveryRead { get; set; }

    public GpioClock Clock { get; } = clock ?? new GpioClock();

    public int PowerDowns { get; private set; }

    public int SerialErrors { get; private set; }

    /// <summary>Gains of the conversions shifted out completely, in order.</summary>
    public List<Hx711Gain> DeliveredGains { get; } = [];

    protected override int PinCount => 28;

    /// <summary>Queues one differential input on channel A, in counts at gain 128.</summary>
    public void EnqueueA(params int[] countsAtGain128)
    {
        foreach (var c in countsAtGain128)
        {
            _channelA.Enqueue(c);
        }
    }

    /// <summary>Queues one differential input on channel B, in counts at gain 32.</summary>
    public void EnqueueB(params int[] counts)
    {
        foreach (var c in counts)
        {
            _channelB.Enqueue(c);
        }
    }

    public void SetInput(int pin, PinValue value) => _inputs[pin] = value;

    protected override void OpenPin(int pinNumber)
    {
        if (OpenError is not null)
        {
            throw OpenError;
        }
    }

    protected override void ClosePin(int pinNumber)
    {
    }

    protected override void SetPinMode(int pinNumber, PinMode mode) => _modes[pinNumber] = mode;

    protected override PinMode GetPinMode(int pinNumber) => _modes.GetValueOrDefault(pinNumber, PinMode.Input);

    protected override bool IsPinModeSupported(int pinNumber, PinMode mode) => true;

    protected override PinValue Read(int pinNumber)
    {
        if (pinNumber != dataPin)
        {
            return _inputs.GetValueOrDefault(pinNumber, PinValue.Low);
        }

        Clock.Advance(PinOperation);
        if (_clockHigh && (StallOnPulse == _pulses - 1 || (StallEveryRead && _pulses == 1)))
        {
            StallOnPulse = null;
            Clock.Advance(Stall);
        }

        if (_clockHigh && Clock.GetElapsedTime(_roseAt) > PowerDownAfter)
        {
            _asleep = true;
        }

        if (_asleep)
        {
            return PinValue.High;
        }

        if (!_clockHigh && _pulses > 0)
        {
            FinishRead();
        }

        if (_pulses == 0)
        {
            return Ready() ? PinValue.Low : PinValue.High;
        }

        // During pulse n (1-based) DOUT carries bit 24 - n; after the 24th the chip holds DOUT high.
        return _pulses <= 24 && ((_conversion!.Value >> (24 - _pulses)) & 1) == 1 ? PinValue.High : PinValue.Low;
    }

    protected override void Write(int pinNumber, PinValue value)
    {
        if (pinNumber != clockPin)
        {
            return;
        }

        Clock.Advance(PinOperation);
        var high = value == PinValue.High;
        if (high && !_clockHigh)
        {
            _roseAt = Clock.GetTimestamp();
            if (!_asleep)
            {
                if (_pulses == 0 && !Ready())
                {
                    SerialErrors++;
                }

                _pulses++;
            }
        }
        else if (!high && _clockHigh)
        {
            if (_asleep || Clock.GetElapsedTime(_roseAt) > PowerDownAfter)
            {
                // Power-down, then reset when PD_SCK falls: the conversion in progress is lost.
                PowerDowns++;
                _asleep = false;
                _pulses = 0;
                _conversion = null;
                _gain = Hx711Gain.A128;
            }
        }

        _clockHigh = high;
    }

    protected override WaitForEventResult WaitForEvent(int pinNumber, PinEventTypes eventTypes, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The HX711 driver polls DOUT.");

    protected override void AddCallbackForPinValueChangedEvent(int pinNumber, PinEventTypes eventTypes, PinChangeEventHandler callback) =>
        throw new NotSupportedException();

    protected override void RemoveCallbackForPinValueChangedEvent(int pinNumber, PinChangeEventHandler callback) =>
        throw new NotSupportedException();

    private bool Ready()
    {
        if (_conversion is not null)
        {
            return true;
        }

        var queue = _gain == Hx711Gain.B32 ? _channelB : _channelA;
        if (!queue.TryDequeue(out var input))
        {
            return false;
        }

        var value = _gain == Hx711Gain.A64 ? input / 2 : input;
        _conversion = Math.Clamp(value, -(1 << 23), (1 << 23) - 1) & 0xFFFFFF;
        return true;
    }

    private void FinishRead()
    {
        if (_pulses is >= 25 and <= 27)
        {
            DeliveredGains.Add(_gain);
            _gain = (Hx711Gain)_pulses;
        }
        else
        {
            // Fewer than 25 or more than 27 pulses: a serial communication error; assume a reset.
            SerialErrors++;
            _gain = Hx711Gain.A128;
        }

        _pulses = 0;
        _conversion = null;
    }
}

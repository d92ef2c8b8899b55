using System.Device.Gpio;
using ScenarioEdge.EdgeAgent.Gpio;

namespace ScenarioEdge.EdgeAgent.Tests.Gpio;

public sealed class Hx711Tests : IDisposable
{
    private const int Dout = 5;
    private const int Sck = 6;
    private readonly FakeHx711Driver _chip = new(Dout, Sck);
    private readonly GpioController _controller;
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(10));

    public Hx711Tests() => _controller = new GpioController(_chip);

    public void Dispose()
    {
        _controller.Dispose();
        _timeout.Dispose();
    }

    // The chip's timing is replayed on its own clock, so no read runs long unless a test stalls it; a few spare
    // conversions keep a test that reads again from waiting on an empty queue.
    private static int[] Times(int counts, int n = 12) => Enumerable.Repeat(counts, n).ToArray();

    private Hx711 Open(TimeSpan? readyTimeout = null)
    {
        var hx = new Hx711(_controller, Dout, Sck, _chip.Clock, readyTimeout ?? TimeSpan.FromSeconds(1), "lane-a1");
        hx.Open();
        return hx;
    }

    [Theory]
    [InlineData(-123_456)]
    [InlineData(8_388_607)]
    [InlineData(-8_388_608)]
    [InlineData(84_000)]
    public async Task ReadAsync_ConversionReady_ReturnsTwosComplementValueMsbFirst(int counts)
    {
        _chip.EnqueueA(Times(counts));
        var hx = Open();

        Assert.Equal(counts, await hx.ReadAsync(Hx711Gain.A128, _timeout.Token));
    }

    [Fact]
    public async Task ReadAsync_GainA64_DropsTheConversionTakenAtDefaultGainAndReturnsHalfGainValue()
    {
        _chip.EnqueueA(Times(1000));
        var hx = Open();

        var value = await hx.ReadAsync(Hx711Gain.A64, _timeout.Token);

        // The fake chip halves channel A at gain 64; the conversion before it, taken at 128, was read and dropped.
        Assert.Equal(500, value);
        Assert.Equal(Hx711Gain.A128, _chip.DeliveredGains[0]);
    }

    [Fact]
    public async Task ReadAsync_ChannelB_SelectsChannelBWith26Pulses()
    {
        _chip.EnqueueA(Times(1000));
        _chip.EnqueueB(Times(300));
        var hx = Open();

        Assert.Equal(300, await hx.ReadAsync(Hx711Gain.B32, _timeout.Token));
        Assert.Equal(1000, await hx.ReadAsync(Hx711Gain.A128, _timeout.Token));
        Assert.Equal(0, hx.OverlongClockReads);
    }

    [Fact]
    public async Task ReadAsync_ClockHighOver60Microseconds_ChipPowersDownAndReadRecovers()
    {
        _chip.EnqueueA(Times(777));
        _chip.StallOnPulse = 5;
        var hx = Open();

        var value = await hx.ReadAsync(Hx711Gain.A128, _timeout.Token);

        Assert.Equal(777, value);
        Assert.Equal(1, _chip.PowerDowns);
        Assert.Equal(1, hx.OverlongClockReads);
    }

    [Fact]
    public async Task ReadAsync_EveryReadPreempted_ThrowsNamingThePinsAndTheRemedy()
    {
        _chip.EnqueueA(Times(777));
        _chip.StallEveryRead = true;
        var hx = Open();

        var error = await Assert.ThrowsAsync<IOException>(() => hx.ReadAsync(Hx711Gain.A128, _timeout.Token).AsTask());

        Assert.Contains("GPIO 5", error.Message, StringComparison.Ordinal);
        Assert.Contains("Nice=-5", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, hx.OverlongClockReads);
    }

    [Fact]
    public async Task ReadAsync_DataNeverReady_ThrowsTimeoutNamingBothPins()
    {
        var hx = Open(TimeSpan.FromMilliseconds(50));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => hx.ReadAsync(Hx711Gain.A128, _timeout.Token).AsTask());

        Assert.Contains("GPIO 5", error.Message, StringComparison.Ordinal);
        Assert.Contains("GPIO 6", error.Message, StringComparison.Ordinal);
        Assert.Contains("lane-a1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PowerDown_ClockHeldHigh_ChipSleepsAndWakesAtDefaultGain()
    {
        _chip.EnqueueA(Times(2000));
        var hx = Open();
        Assert.Equal(1000, await hx.ReadAsync(Hx711Gain.A64, _timeout.Token));

        var before = _chip.PowerDowns;

        hx.PowerDown();
        _chip.Clock.Advance(TimeSpan.FromMicroseconds(100));
        hx.PowerUp();

        Assert.Equal(before + 1, _chip.PowerDowns);
        Assert.Equal(1000, await hx.ReadAsync(Hx711Gain.A64, _timeout.Token));
        Assert.Equal(Hx711Gain.A128, _chip.DeliveredGains[^1]);
    }

    [Fact]
    public void Open_PermissionDenied_ThrowsNamingThePinAndTheGpioGroup()
    {
        _chip.OpenError = new UnauthorizedAccessException("Access to '/dev/gpiochip0' is denied.");

        var error = Assert.Throws<GpioSetupException>(() => Open());

        Assert.Contains("GPIO 6", error.Message, StringComparison.Ordinal);
        Assert.Contains("'gpio' group", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NoGpioChip_ThrowsNamingThePinAndWhereToLook()
    {
        _chip.OpenError = new IOException("No such device");

        var error = Assert.Throws<GpioSetupException>(() => Open());

        Assert.Contains("GPIO 6", error.Message, StringComparison.Ordinal);
        Assert.Contains("/dev/gpiochip", error.Message, StringComparison.Ordinal);
    }
}

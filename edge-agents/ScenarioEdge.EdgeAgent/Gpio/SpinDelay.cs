using System.Diagnostics;

namespace ScenarioEdge.EdgeAgent.Gpio;

/// <summary>
/// Microsecond waits for bit-banging. The OS timer resolution is about a millisecond and a sleeping thread wakes
/// late by tens of microseconds, while the HX711 powers down if PD_SCK stays high for 60 µs; so a clock pulse is
/// timed by spinning on the high-resolution <see cref="Stopwatch"/>, which costs a few microseconds of CPU per bit.
/// </summary>
internal static class SpinDelay
{
    public static void Microseconds(double microseconds)
    {
        var until = Stopwatch.GetTimestamp() + (long)(microseconds * Stopwatch.Frequency / 1_000_000);
        while (Stopwatch.GetTimestamp() < until)
        {
            Thread.SpinWait(1);
        }
    }
}

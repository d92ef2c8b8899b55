using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulation.Radio;

/// <summary>Log-distance path loss with Gaussian noise: RSSI(d) = P1m − 10·n·log10(d) + N(0, σ²).</summary>
public sealed class PathLossModel(RadioSpec radio, Random random)
{
    /// <summary>Mean RSSI at <paramref name="distanceM"/> metres.</summary>
    public double MeanRssi(double distanceM) =>
        radio.TxPowerAt1m - (10 * radio.PathLossExponent * Math.Log10(Math.Max(distanceM, 0.3)));

    /// <summary>One advert's RSSI at <paramref name="distanceM"/>, or null when below the receiver's sensitivity.</summary>
    public int? Sample(double distanceM)
    {
        var rssi = MeanRssi(distanceM) + (radio.NoiseDb * Gaussian());
        return rssi < radio.SensitivityDbm ? null : (int)Math.Round(Math.Clamp(rssi, -127, 20));
    }

    private double Gaussian()
    {
        // Box–Muller; the seeded Random keeps runs repeatable.
#pragma warning disable CA5394 // Simulation noise needs no cryptographic randomness.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
#pragma warning restore CA5394
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}

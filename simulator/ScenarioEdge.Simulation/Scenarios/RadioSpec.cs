namespace ScenarioEdge.Simulation.Scenarios;

/// <summary>Radio model: log-distance path loss with Gaussian noise.</summary>
public sealed class RadioSpec
{
    /// <summary>RSSI at 1 m in dBm (a phone advertising at 0 dBm is about −59 dBm at 1 m).</summary>
    public double TxPowerAt1m { get; set; } = -59;

    /// <summary>Path-loss exponent: 2 in free space, 2–3 in a furnished store.</summary>
    public double PathLossExponent { get; set; } = 2.2;

    /// <summary>Standard deviation of per-advert noise in dB.</summary>
    public double NoiseDb { get; set; } = 3;

    /// <summary>Weakest RSSI a scanner receives, in dBm.</summary>
    public double SensitivityDbm { get; set; } = -100;

    /// <summary>Adverts a phone sends per second.</summary>
    public double AdvertsPerSecond { get; set; } = 5;

    /// <summary>How often a scanner publishes its batch, in scenario milliseconds.</summary>
    public int PublishIntervalMs { get; set; } = 1000;
}

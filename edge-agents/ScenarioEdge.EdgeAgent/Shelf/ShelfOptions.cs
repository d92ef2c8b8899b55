using ScenarioEdge.EdgeAgent.Display;
using ScenarioEdge.EdgeAgent.Gpio;
using ScenarioEdge.Shelf;

namespace ScenarioEdge.EdgeAgent.Shelf;

/// <summary>
/// Smart shelf on this device (section <c>Shelf</c>). Off unless <see cref="Enabled"/>, so BLE-only devices never open
/// GPIO. Who the device is (store, device id) comes from the <c>Agent</c> section, like every other feature.
/// </summary>
public sealed class ShelfOptions
{
    public const string Section = "Shelf";

    public bool Enabled { get; set; }

    /// <summary>Where per-lane calibration is kept (shelf-calibration.json); <c>Agent:DataDirectory</c> when not set.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>How long to wait for an HX711 to have data (10 SPS: 100 ms per conversion, 400 ms after power-up).</summary>
    public int ReadyTimeoutMs { get; set; } = 1000;

    public List<LaneOptions> Lanes { get; set; } = [];

    public List<PresenceSensorOptions> Presence { get; set; } = [];

    public LanePipelineOptions Pipeline { get; set; } = new();

    public DisplayOptions Displays { get; set; } = new();
}

/// <summary>One load-cell lane: its HX711 pins and the product it holds.</summary>
public sealed class LaneOptions
{
    public string Lane { get; set; } = "";

    public string Sku { get; set; } = "";

    public double UnitGrams { get; set; }

    public double ToleranceGrams { get; set; }

    /// <summary>BCM GPIO number of the HX711's DOUT.</summary>
    public int DataPin { get; set; }

    /// <summary>BCM GPIO number of the HX711's PD_SCK.</summary>
    public int ClockPin { get; set; }

    public Hx711Gain Gain { get; set; } = Hx711Gain.A128;

    /// <summary>Used until the lane is calibrated.</summary>
    public double CountsPerGram { get; set; } = LaneCalibration.TypicalCountsPerGram;
}

/// <summary>A PIR or IR break-beam sensor on a GPIO input.</summary>
public sealed class PresenceSensorOptions
{
    public string Sensor { get; set; } = "";

    public int Pin { get; set; }

    /// <summary>True when the sensor pulls the pin low on detection (most break-beam receivers).</summary>
    public bool ActiveLow { get; set; }

    /// <summary>Detection must hold this long before presenceOn.</summary>
    public int OnAfterMs { get; set; } = 50;

    /// <summary>No detection for this long before presenceOff (a PIR drops out between movements).</summary>
    public int OffAfterMs { get; set; } = 2000;
}

namespace ScenarioEdge.EdgeAgent.Gpio;

/// <summary>
/// Channel and gain of the HX711's next conversion. The value is the number of PD_SCK pulses of a read that selects
/// it (datasheet table 3): 24 shift the data out, 1-3 more choose the input for the conversion that follows.
/// </summary>
public enum Hx711Gain
{
    /// <summary>Channel A, gain 128 (±20 mV full scale at 5 V): the load-cell default, and the state after reset.</summary>
    A128 = 25,

    /// <summary>Channel B, gain 32 (±80 mV full scale).</summary>
    B32 = 26,

    /// <summary>Channel A, gain 64 (±40 mV full scale).</summary>
    A64 = 27,
}

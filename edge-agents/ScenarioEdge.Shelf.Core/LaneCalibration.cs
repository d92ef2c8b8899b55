namespace ScenarioEdge.Shelf;

/// <summary>How raw HX711 counts of one lane become grams: grams = (counts - TareCounts) / CountsPerGram.</summary>
/// <param name="TareCounts">Counts with the lane empty.</param>
/// <param name="CountsPerGram">Counts per gram; negative when the load cell is mounted the other way round.</param>
public sealed record LaneCalibration(double TareCounts, double CountsPerGram)
{
    /// <summary>A 5 kg, 1 mV/V load cell on channel A at gain 128 with 5 V excitation gives about 420 counts per gram.</summary>
    public const double TypicalCountsPerGram = 420;

    public double ToGrams(double counts) => (counts - TareCounts) / CountsPerGram;

    /// <summary>Two-point calibration: counts with the lane empty and with a known weight on it.</summary>
    public static LaneCalibration FromKnownWeight(double emptyCounts, double loadedCounts, double knownGrams)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(knownGrams, 0);
        var perGram = (loadedCounts - emptyCounts) / knownGrams;
        if (Math.Abs(perGram) < 1)
        {
            throw new InvalidOperationException(
                $"The known weight of {knownGrams} g moved the reading by only {loadedCounts - emptyCounts:0} counts: check the load cell wiring (E+/E-/A+/A-) and that the weight rests on the lane, then calibrate again.");
        }

        return new LaneCalibration(emptyCounts, perGram);
    }
}

namespace ScenarioEdge.Shelf;

/// <summary>How many items of a lane's product a settled weight change is, and how well it fits.</summary>
/// <param name="Count">Nearest whole number of items (0 when the change is less than half an item).</param>
/// <param name="Fits">True when the change is within tolerance of <paramref name="Count"/> items.</param>
/// <param name="Confidence">1 for a perfect fit, 0.5 at the edge of the tolerance, 0 when it does not fit.</param>
internal readonly record struct ItemCount(int Count, bool Fits, double Confidence)
{
    /// <summary>
    /// Every item is within the tolerance of the unit weight, so n items are within n tolerances; the noise of a
    /// settled mean adds a few grams on top.
    /// </summary>
    public static ItemCount Of(double deltaGrams, double unitGrams, double toleranceGrams, double noiseGrams)
    {
        var magnitude = Math.Abs(deltaGrams);
        var count = (int)Math.Min(Math.Round(magnitude / unitGrams, MidpointRounding.AwayFromZero), 10_000);
        if (count == 0)
        {
            return new ItemCount(0, false, 0);
        }

        var allowed = (toleranceGrams * count) + Math.Max(1.5, 2 * noiseGrams);
        var residual = Math.Abs(magnitude - (count * unitGrams));
        var fits = residual <= allowed;
        var confidence = fits ? 1 - (0.5 * (residual / allowed) * (residual / allowed)) : 0;
        return new ItemCount(count, fits, Math.Round(confidence, 3));
    }
}

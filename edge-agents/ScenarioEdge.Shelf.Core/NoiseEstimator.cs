namespace ScenarioEdge.Shelf;

/// <summary>
/// Robust estimate of the per-sample noise of a lane, in grams, from the median of absolute differences between
/// consecutive samples (for Gaussian noise that median is 0.954 σ). The pipeline feeds it only while the lane is at
/// rest, so a pick or a leaning hand does not inflate it; the stability band follows it, which lets the same code
/// work on a quiet bench scale and on a shelf that vibrates with the store's fridges.
/// </summary>
internal sealed class NoiseEstimator(double initialSigma, int size = 64)
{
    private const double MedianAbsDiffToSigma = 0.954;
    private readonly double[] _ring = new double[size];
    private readonly double[] _sorted = new double[size];
    private int _count;
    private int _next;
    private double? _last;

    public double Sigma { get; private set; } = initialSigma;

    /// <summary>Number of differences seen so far (the pipeline trusts every sample until it has a few).</summary>
    public int Seen => _count;

    /// <summary>Remembers <paramref name="grams"/> as the last sample without learning from it.</summary>
    public void Track(double grams) => _last = grams;

    /// <summary>Learns from the difference to the previous sample.</summary>
    public void Learn(double grams)
    {
        if (_last is { } last)
        {
            _ring[_next] = Math.Abs(grams - last);
            _next = (_next + 1) % _ring.Length;
            _count = Math.Min(_count + 1, _ring.Length);
            if (_count >= 8)
            {
                Array.Copy(_ring, _sorted, _count);
                Array.Sort(_sorted, 0, _count);
                Sigma = Math.Clamp(_sorted[_count / 2] / MedianAbsDiffToSigma, 0.05, 50);
            }
        }

        _last = grams;
    }
}

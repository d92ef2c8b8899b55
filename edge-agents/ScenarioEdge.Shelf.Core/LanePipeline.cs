using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Shelf;

/// <summary>
/// Raw HX711 counts of one lane in, pick/put detections out. Stages: calibration to grams, median filter, settle
/// detector (the filtered weight stays inside a noise-scaled band for a window), then a decision on each settled
/// level against the lane's baseline: a whole number of items → pick or put; a small offset → slow drift,
/// absorbed; anything else (a hand leaning, a foreign object) → ignored, and only after it has stayed put for a
/// while taken as the new baseline. A knock never settles away from the baseline, so it never becomes an event.
/// Pure and clock-free: time is the sample time, so a replayed trace gives the same events as the live lane.
/// </summary>
public sealed class LanePipeline
{
    private readonly LanePipelineOptions _options;
    private readonly MedianFilter _median;
    private readonly NoiseEstimator _noise;
    private readonly Queue<(long T, double Filtered, double Raw)> _window = new();
    private double[] _scratch = new double[16];
    private double _windowSum;
    private double? _baseline;
    private (long Since, double Level)? _unexplained;
    private long? _lastT;
    private bool _stable;

    public LanePipeline(LaneConfig lane, LaneCalibration calibration, LanePipelineOptions? options = null)
    {
        Lane = lane;
        Calibration = calibration;
        _options = options ?? new LanePipelineOptions();
        var error = _options.Validate();
        if (error is not null)
        {
            throw new ArgumentException($"Shelf pipeline option {error}", nameof(options));
        }

        _median = new MedianFilter(_options.MedianSize);
        _noise = new NoiseEstimator(_options.InitialNoiseGrams);
    }

    public LaneConfig Lane { get; set; }

    public LaneCalibration Calibration { get; set; }

    /// <summary>Settled weight of the lane in grams, once it has settled at least once.</summary>
    public double? BaselineGrams => _baseline;

    /// <summary>Estimated per-sample noise in grams.</summary>
    public double NoiseGrams => _noise.Sigma;

    /// <summary>Feeds one sample; returns a detection when this sample completed one.</summary>
    public LaneDetection? Add(long tMs, int rawCounts)
    {
        var grams = Calibration.ToGrams(rawCounts);
        var dt = _lastT is { } last ? Math.Max(0, tMs - last) : 0;
        _lastT = tMs;

        // Learn the noise while at rest, and from every sample at start-up before any rest has been seen.
        if (_stable || _noise.Seen < 16)
        {
            _noise.Learn(grams);
        }
        else
        {
            _noise.Track(grams);
        }

        var filtered = _median.Add(grams);
        _window.Enqueue((tMs, filtered, grams));
        _windowSum += filtered;
        while (_window.Peek().T < tMs - _options.SettleWindowMs)
        {
            _windowSum -= _window.Dequeue().Filtered;
        }

        _stable = IsStable();
        return _stable ? OnSettled(tMs, _windowSum / _window.Count, dt) : null;
    }

    private double Band => Math.Max(_options.MinStableBandGrams, _options.StableBandSigmas * _noise.Sigma);

    private bool IsStable()
    {
        if (_window.Count < _options.MinSettleSamples)
        {
            return false;
        }

        double min = double.MaxValue, max = double.MinValue;
        foreach (var (_, g, _) in _window)
        {
            min = Math.Min(min, g);
            max = Math.Max(max, g);
        }

        // The filtered level must hold still, and the raw samples must scatter no more than noise does: a leaning
        // hand wobbles by tens of grams even when the median of its wobble happens to stay level.
        return max - min <= Band && RawSpread() <= Math.Max(_options.MinStableBandGrams / 2, _options.RawSpreadSigmas * _noise.Sigma);
    }

    // Standard deviation of the raw samples in the window without the highest and the lowest one, so that one
    // garbage reading does not count but a slow wobble, whose samples all sit away from the level, does.
    private double RawSpread()
    {
        var n = _window.Count;
        if (_scratch.Length < n)
        {
            _scratch = new double[n * 2];
        }

        var i = 0;
        foreach (var (_, _, raw) in _window)
        {
            _scratch[i++] = raw;
        }

        Array.Sort(_scratch, 0, n);
        var (from, to) = n >= 6 ? (1, n - 1) : (0, n);
        double sum = 0, squares = 0;
        for (i = from; i < to; i++)
        {
            sum += _scratch[i];
        }

        var mean = sum / (to - from);
        for (i = from; i < to; i++)
        {
            squares += (_scratch[i] - mean) * (_scratch[i] - mean);
        }

        return Math.Sqrt(squares / (to - from - 1));
    }

    private LaneDetection? OnSettled(long tMs, double level, long dtMs)
    {
        if (_baseline is not { } baseline)
        {
            _baseline = level;
            return new LaneDetection(tMs, ShelfEventKind.Weight, 0, level, level, 1);
        }

        var delta = level - baseline;
        var driftBand = Math.Min(_options.DriftBandGrams, Lane.UnitGrams / 4);
        if (Math.Abs(delta) <= Math.Max(driftBand, 0))
        {
            // Creep and temperature drift: follow slowly, and only while the lane is at rest.
            _baseline = baseline + (delta * Math.Min(1, dtMs / (_options.DriftTimeConstantS * 1000)));
            _unexplained = null;
            return null;
        }

        var count = ItemCount.Of(delta, Lane.UnitGrams, Lane.ToleranceGrams, _noise.Sigma);
        if (count.Fits)
        {
            _baseline = level;
            _unexplained = null;
            var kind = delta < 0 ? ShelfEventKind.Pick : ShelfEventKind.Put;
            return new LaneDetection(tMs, kind, count.Count, baseline, level, count.Confidence);
        }

        if (_unexplained is not { } pending || Math.Abs(level - pending.Level) > Band)
        {
            _unexplained = (tMs, level);
            return null;
        }

        if (tMs - pending.Since < _options.RebaselineAfterMs)
        {
            return null;
        }

        _baseline = level;
        _unexplained = null;
        return new LaneDetection(tMs, ShelfEventKind.Weight, 0, baseline, level, 0.5);
    }
}

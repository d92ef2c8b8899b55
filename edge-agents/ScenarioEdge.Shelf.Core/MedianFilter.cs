namespace ScenarioEdge.Shelf;

/// <summary>
/// Running median over the last few samples. A median rather than a mean because HX711 read errors and knocks show up
/// as single wild samples: a mean smears them over the window, a median drops them.
/// </summary>
internal sealed class MedianFilter
{
    private readonly double[] _ring;
    private readonly double[] _sorted;
    private int _count;
    private int _next;

    public MedianFilter(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        _ring = new double[size];
        _sorted = new double[size];
    }

    /// <summary>Adds <paramref name="value"/> and returns the median of the samples held.</summary>
    public double Add(double value)
    {
        _ring[_next] = value;
        _next = (_next + 1) % _ring.Length;
        _count = Math.Min(_count + 1, _ring.Length);
        Array.Copy(_ring, _sorted, _count);
        Array.Sort(_sorted, 0, _count);
        return _count % 2 == 1
            ? _sorted[_count / 2]
            : (_sorted[(_count / 2) - 1] + _sorted[_count / 2]) / 2;
    }

    public void Reset()
    {
        _count = 0;
        _next = 0;
    }
}

using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Shelf.Simulation;

/// <summary>
/// Scripts what happens on one lane — picks, put-backs, knocks, hands leaning — and renders it as HX711 counts with
/// the truth attached. The mechanics are simple on purpose: a hand presses for a moment before it lifts or places
/// items, the load steps over 150 ms and rings out as a damped oscillation; a knock rings without a step; a leaning
/// hand pushes with a force that wobbles (a hand is never still to a gram).
/// </summary>
public sealed class ShelfTraceBuilder
{
    private const double SettledWithinGrams = 1;
    private readonly LoadCellSignalModel _signal;
    private readonly double _initialGrams;
    private readonly List<(double Start, double End, double After, Func<double, double> Shape)> _components = [];
    private readonly List<(ShelfEventKind Kind, int Count, double Delta, double Start)> _actions = [];
    private double _cursor;
    private int _disturbances;

    public ShelfTraceBuilder(LoadCellSignalModel signal, double initialGrams)
    {
        _signal = signal;
        _initialGrams = initialGrams;
        StockGrams = initialGrams;
    }

    /// <summary>Noise-free weight of the items on the lane after the actions scripted so far.</summary>
    public double StockGrams { get; private set; }

    /// <summary>Nothing happens for <paramref name="seconds"/>.</summary>
    public ShelfTraceBuilder Idle(double seconds)
    {
        _cursor += seconds;
        return this;
    }

    /// <summary>Nothing happens until <paramref name="seconds"/> into the trace (no-op when the script is already past it).</summary>
    public ShelfTraceBuilder IdleUntil(double seconds)
    {
        _cursor = Math.Max(_cursor, seconds);
        return this;
    }

    /// <summary>A shopper takes <paramref name="count"/> items of about <paramref name="itemGrams"/> each.</summary>
    public ShelfTraceBuilder Pick(int count, double itemGrams, double toleranceGrams = 0) =>
        Move(ShelfEventKind.Pick, count, itemGrams, toleranceGrams);

    /// <summary>A shopper puts <paramref name="count"/> items of about <paramref name="itemGrams"/> each back.</summary>
    public ShelfTraceBuilder Put(int count, double itemGrams, double toleranceGrams = 0) =>
        Move(ShelfEventKind.Put, count, itemGrams, toleranceGrams);

    /// <summary>Something bumps the shelf: it rings for a few hundred milliseconds and the load stays the same.</summary>
    public ShelfTraceBuilder Knock(double amplitudeGrams)
    {
        var t0 = _cursor;
        var freq = _signal.Uniform(6, 12);
        var tau = _signal.Uniform(0.05, 0.2);
        _components.Add((t0, t0 + (20 * tau), 0, t => amplitudeGrams * Math.Exp(-(t - t0) / tau) * Math.Sin(2 * Math.PI * freq * (t - t0))));
        _cursor += 1;
        _disturbances++;
        return this;
    }

    /// <summary>A hand leans on the lane with about <paramref name="forceGrams"/> for <paramref name="seconds"/>.</summary>
    public ShelfTraceBuilder Lean(double forceGrams, double seconds)
    {
        var t0 = _cursor;
        var t1 = t0 + 0.3 + seconds;
        var wobble = (0.03 * forceGrams) + 4;
        var f1 = _signal.Uniform(0.8, 2.5);
        var f2 = _signal.Uniform(3, 6);
        var p1 = _signal.Uniform(0, 2 * Math.PI);
        _components.Add((t0, t1 + 0.3, 0, t =>
        {
            var envelope = Math.Min(1, Math.Min((t - t0) / 0.3, (t1 + 0.3 - t) / 0.3));
            var shake = (wobble * Math.Sin((2 * Math.PI * f1 * t) + p1)) + (0.4 * wobble * Math.Sin(2 * Math.PI * f2 * t));
            return envelope * (forceGrams + shake);
        }));
        _cursor = t1 + 0.6;
        _disturbances++;
        return this;
    }

    private ShelfTraceBuilder Move(ShelfEventKind kind, int count, double itemGrams, double toleranceGrams)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var delta = 0.0;
        for (var i = 0; i < count; i++)
        {
            // Real items scatter around the unit weight; keep them inside the lane's tolerance.
            delta += itemGrams + Math.Clamp(_signal.Gaussian() * toleranceGrams / 3, -toleranceGrams, toleranceGrams);
        }

        if (kind == ShelfEventKind.Pick)
        {
            if (StockGrams < (itemGrams - toleranceGrams) * count)
            {
                throw new InvalidOperationException($"Cannot pick {count} items: only {StockGrams:0} g on the lane.");
            }

            // The last items on the lane weigh what is left.
            delta = -Math.Min(delta, StockGrams);
        }

        var t0 = _cursor;
        var press = _signal.Uniform(0.25, 0.6);
        var pressGrams = _signal.Uniform(20, 150);
        var tStep = t0 + (press * 0.6);
        var ring = Math.Min(0.15 * Math.Abs(delta), 300);
        var freq = _signal.Uniform(3, 6);
        _components.Add((t0, t0 + press, 0, t => pressGrams * Math.Sin(Math.PI * (t - t0) / press)));
        _components.Add((tStep, tStep + 2.5, delta, t =>
        {
            var ramp = Math.Min(1, (t - tStep) / 0.15);
            var tail = t < tStep + 0.15 ? 0 : ring * Math.Exp(-(t - tStep - 0.15) / 0.12) * Math.Cos(2 * Math.PI * freq * (t - tStep - 0.15));
            return (delta * ramp) + (Math.Sign(delta) * tail);
        }));
        _actions.Add((kind, count, delta, t0));
        StockGrams += delta;
        _cursor = t0 + Math.Max(press, 1.5);
        return this;
    }

    /// <summary>Renders the script as samples at the model's data rate, ending two seconds after the last action.</summary>
    public ShelfTrace Build()
    {
        var end = _cursor + 2;
        var period = 1 / _signal.Options.SampleRateHz;
        var samples = new List<ShelfTraceSample>((int)(end / period) + 1);
        for (var t = 0.0; t <= end; t += period)
        {
            // The HX711's own oscillator is not exact: a little jitter on each conversion.
            var at = t + (period * 0.02 * _signal.Gaussian());
            samples.Add(new ShelfTraceSample((long)Math.Round(at * 1000), _signal.Counts(Weight(at), at)));
        }

        var truth = new List<ShelfTruth>(_actions.Count);
        for (var i = 0; i < _actions.Count; i++)
        {
            var (kind, count, delta, start) = _actions[i];
            var next = i + 1 < _actions.Count ? _actions[i + 1].Start : end;
            truth.Add(new ShelfTruth(kind, count, delta, (long)(start * 1000), (long)(SettledAt(start, Math.Min(next, start + 4)) * 1000)));
        }

        return new ShelfTrace(samples, truth, _disturbances);
    }

    private double Weight(double t)
    {
        var grams = _initialGrams;
        foreach (var (start, stop, after, shape) in _components)
        {
            grams += t < start ? 0 : t >= stop ? after : shape(t);
        }

        return grams;
    }

    // Last moment (5 ms resolution) before the next action at which the noise-free weight is more than 1 g off its final level.
    private double SettledAt(double start, double next)
    {
        const double Step = 0.005;
        var final = Weight(next - Step);
        for (var t = next - Step; t > start; t -= Step)
        {
            if (Math.Abs(Weight(t) - final) > SettledWithinGrams)
            {
                return t + Step;
            }
        }

        return start;
    }
}

using System.Diagnostics.Metrics;
using Prometheus;

namespace ScenarioEdge.Gateway.Observability;

/// <summary>
/// A counter with one label over a fixed set of values. Every value's series exists from the start (at 0), so
/// dashboards see it before the first event; the same counts are published on the gateway's <see cref="Meter"/>.
/// </summary>
public sealed class LabelledCounter
{
    private readonly string _name;
    private readonly string _label;
    private readonly IReadOnlyList<string> _values;
    private readonly Prometheus.Counter.Child[] _children;

    internal LabelledCounter(GatewayInstruments instruments, string name, string help, string label, IReadOnlyList<string> values)
    {
        _name = name;
        _label = label;
        _values = values;
        var counter = instruments.Prometheus.CreateCounter(name, help, [label]);
        _children = values.Select(v => counter.WithLabels(v)).ToArray();
        instruments.Meter.CreateObservableCounter(name, Observe, description: help);
    }

    /// <summary>Adds <paramref name="by"/> to the counter of label value number <paramref name="index"/>.</summary>
    public void Add(int index, long by = 1) => _children[index].Inc(by);

    /// <summary>The counter of label value number <paramref name="index"/>.</summary>
    public long this[int index] => (long)_children[index].Value;

    /// <summary>The counter of label value <paramref name="value"/>.</summary>
    public long this[string value] => this[IndexOf(value)];

    private IEnumerable<Measurement<long>> Observe()
    {
        for (var i = 0; i < _values.Count; i++)
        {
            yield return new Measurement<long>(this[i], new KeyValuePair<string, object?>(_label, _values[i]));
        }
    }

    private int IndexOf(string value)
    {
        for (var i = 0; i < _values.Count; i++)
        {
            if (string.Equals(_values[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"{_name} has no label value '{value}'.");
    }
}

using System.Globalization;
using System.Text;

namespace ScenarioEdge.Gateway.Observability;

/// <summary>A Prometheus counter with one label over a fixed set of values, incremented without locks.</summary>
public sealed class LabelledCounter(string name, string help, string label, IReadOnlyList<string> values)
{
    private readonly long[] _counts = new long[values.Count];

    /// <summary>Adds <paramref name="by"/> to the counter of label value number <paramref name="index"/>.</summary>
    public void Add(int index, long by = 1) => Interlocked.Add(ref _counts[index], by);

    /// <summary>The counter of label value number <paramref name="index"/>.</summary>
    public long this[int index] => Interlocked.Read(ref _counts[index]);

    /// <summary>The counter of label value <paramref name="value"/>.</summary>
    public long this[string value] => this[IndexOf(value)];

    private int IndexOf(string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"{name} has no label value '{value}'.");
    }

    internal void Render(StringBuilder text)
    {
        text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n');
        text.Append("# TYPE ").Append(name).Append(" counter\n");
        for (var i = 0; i < values.Count; i++)
        {
            text.Append(name).Append('{').Append(label).Append("=\"").Append(values[i]).Append("\"} ")
                .Append(this[i].ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
    }
}

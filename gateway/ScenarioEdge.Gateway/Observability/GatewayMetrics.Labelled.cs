using System.Collections.Concurrent;

namespace ScenarioEdge.Gateway.Observability;

/// <summary>
/// Counters whose label values belong to another folder (its reject reasons, its scene kinds): that folder names them
/// when it declares the counter, so Observability depends on no folder of the gateway.
/// </summary>
public sealed partial class GatewayMetrics
{
    private readonly ConcurrentDictionary<string, LabelledCounter> _labelled = new(StringComparer.Ordinal);
    private readonly Lock _labelledLock = new();

    /// <summary>
    /// The labelled counter <paramref name="name"/>, made on first use with every value's series at 0. The owning folder
    /// makes it at start through a <see cref="MetricsRegistration"/>, so dashboards see it before the first event.
    /// </summary>
    public LabelledCounter Labelled(string name, string help, string label, IReadOnlyList<string> values)
    {
        if (_labelled.TryGetValue(name, out var counter))
        {
            return counter;
        }

        // Made once under the lock: a second prometheus-net/meter instrument of the same name must not be created.
        lock (_labelledLock)
        {
            return _labelled.GetOrAdd(name, _ => new LabelledCounter(_instruments, name, help, label, values));
        }
    }
}

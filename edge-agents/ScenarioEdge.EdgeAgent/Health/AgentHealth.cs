using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace ScenarioEdge.EdgeAgent.Health;

/// <summary>
/// Counters and current problems of the running agent, written by the features and read by the health reporter.
/// Counters are lock-free; problems are keyed by their source so that one fix clears only its own problem. In the
/// host the same figures are on the meter <see cref="MeterName"/>, for dotnet-counters and OpenTelemetry.
/// </summary>
public sealed class AgentHealth
{
    /// <summary>The name of the agent's meter (<c>dotnet-counters monitor --counters ScenarioEdge.EdgeAgent</c>).</summary>
    public const string MeterName = "ScenarioEdge.EdgeAgent";

    private readonly ConcurrentDictionary<string, string> problems = new(StringComparer.Ordinal);
    private long adverts;
    private long malformedPackets;
    private volatile bool hasProblems;

    /// <summary>Figures for the status message only (tests and benchmarks that run no host).</summary>
    public AgentHealth()
    {
    }

    /// <summary>Figures for the status message, also published on the host's meter <see cref="MeterName"/>.</summary>
    public AgentHealth(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        meter.CreateObservableCounter("se_agent_adverts_total", () => Adverts, description: "BLE adverts the agent received.");
        meter.CreateObservableCounter("se_agent_malformed_packets_total", () => MalformedPackets,
            description: "HCI advertising events the agent could not decode.");
        meter.CreateObservableGauge("se_agent_problems", () => problems.Count,
            description: "Problems the agent currently reports (its status is degraded while there is one).");
    }

    /// <summary>Raised when a problem is set or cleared, so that status can go out at once.</summary>
    public event Action? Changed;

    public long Adverts => Interlocked.Read(ref adverts);

    public long MalformedPackets => Interlocked.Read(ref malformedPackets);

    public void CountAdvert() => Interlocked.Increment(ref adverts);

    public void CountMalformedPacket() => Interlocked.Increment(ref malformedPackets);

    public void SetProblem(string source, string problem)
    {
        if (!problems.TryGetValue(source, out var old) || !string.Equals(old, problem, StringComparison.Ordinal))
        {
            problems[source] = problem;
            hasProblems = true;
            Changed?.Invoke();
        }
    }

    /// <summary>Clears the problem of <paramref name="source"/>; cheap when there is none (called on hot paths).</summary>
    public void ClearProblem(string source)
    {
        if (hasProblems && problems.TryRemove(source, out _))
        {
            hasProblems = !problems.IsEmpty;
            Changed?.Invoke();
        }
    }

    /// <summary>All current problems in one line, or null when there are none.</summary>
    public string? Problem()
    {
        var current = problems.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value}").ToList();
        if (current.Count == 0)
        {
            return null;
        }

        var text = string.Join(" | ", current);
        return text.Length <= 1024 ? text : text[..1021] + "...";
    }
}

using System.Collections.Concurrent;

namespace ScenarioEdge.EdgeAgent.Health;

/// <summary>
/// Counters and current problems of the running agent, written by the features and read by the health reporter.
/// Counters are lock-free; problems are keyed by their source so that one fix clears only its own problem.
/// </summary>
public sealed class AgentHealth
{
    private readonly ConcurrentDictionary<string, string> problems = new(StringComparer.Ordinal);
    private long adverts;
    private long malformedPackets;
    private volatile bool hasProblems;

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

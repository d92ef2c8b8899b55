using ScenarioEdge.Experiments.Alerts;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>
/// The experiment alerts raised, newest last, each once per (kind, campaign, day, message): a re-run of the daily
/// check raises nothing twice. Bounded (<see cref="Capacity"/>); the oldest go first. Kept in memory: every alert
/// can be computed again from the journeys, which are stored.
/// </summary>
public sealed class ExperimentAlertBoard
{
    public const int Capacity = 1000;

    private readonly Lock _gate = new();
    private readonly LinkedList<ExperimentAlert> _alerts = new();
    private readonly HashSet<(AlertKind, string, DateOnly, string)> _seen = [];

    /// <summary>Adds the alert unless it was raised already; returns whether it is new.</summary>
    public bool Add(ExperimentAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        lock (_gate)
        {
            if (!_seen.Add(Key(alert)))
            {
                return false;
            }

            _alerts.AddLast(alert);
            if (_alerts.Count > Capacity)
            {
                _seen.Remove(Key(_alerts.First!.Value));
                _alerts.RemoveFirst();
            }

            return true;
        }
    }

    public IReadOnlyList<ExperimentAlert> List(string? campaign = null)
    {
        lock (_gate)
        {
            return [.. _alerts.Where(a => campaign is null || a.Campaign == campaign)];
        }
    }

    private static (AlertKind, string, DateOnly, string) Key(ExperimentAlert a) => (a.Kind, a.Campaign, a.Day, a.Message);
}

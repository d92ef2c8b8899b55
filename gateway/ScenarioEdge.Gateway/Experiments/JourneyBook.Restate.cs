using ScenarioEdge.Experiments.Funnel;

namespace ScenarioEdge.Gateway.Experiments;

public sealed partial class JourneyBook
{
    /// <summary>
    /// Sets the unit's <paramref name="stage"/> to what its source says now (<paramref name="current"/>: its time,
    /// or null when the stage no longer holds — a reversed redemption), replacing the first time the journey kept.
    /// Read under the book's lock, so a stage stamped at the same moment is applied after it and never lost. Ignored
    /// when the unit was never exposed; a second restatement from the same source changes nothing.
    /// </summary>
    public bool Restate(string campaign, string unit, FunnelStage stage, Func<DateTime?> current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var id = (campaign, unit);
        lock (_gate)
        {
            if (OpenStamp(id) is not { } stamp)
            {
                return false;
            }

            stamp.Restate(stage, current()?.ToUniversalTime());
            return true;
        }
    }
}

namespace ScenarioEdge.EdgeAgent.Gpio;

/// <summary>
/// Turns a bouncing presence input into clean on/off changes: a new level must hold for its own time (short for
/// on, long for off, because a PIR drops out between a shopper's movements). Time is passed in: no clock here.
/// </summary>
internal sealed class PresenceDebouncer(TimeSpan onAfter, TimeSpan offAfter)
{
    private bool? _candidate;
    private DateTimeOffset _since;

    public bool Present { get; private set; }

    /// <summary>Feeds one reading; returns the new state when it changed.</summary>
    public bool? Update(bool detecting, DateTimeOffset now)
    {
        if (detecting == Present)
        {
            _candidate = null;
            return null;
        }

        if (_candidate != detecting)
        {
            _candidate = detecting;
            _since = now;
        }

        if (now - _since < (detecting ? onAfter : offAfter))
        {
            return null;
        }

        Present = detecting;
        _candidate = null;
        return Present;
    }
}

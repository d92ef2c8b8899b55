namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>Holds the <see cref="BleTuning"/> in force; remote config replaces it as a whole, readers take a snapshot.</summary>
public sealed class BleSettings(BleTuning initial)
{
    private volatile BleTuning current = initial;

    /// <summary>Raised with the old and new tuning after a change.</summary>
    public event Action<BleTuning, BleTuning>? Changed;

    public BleTuning Current => current;

    public void Apply(BleTuning tuning)
    {
        var old = current;
        current = tuning;
        Changed?.Invoke(old, tuning);
    }
}

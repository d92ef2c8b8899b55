namespace ScenarioEdge.Gateway.Scenes;

/// <summary>
/// How long <see cref="LiveSignals"/> keeps a shopper's latest reading after it was measured (event time): the longest
/// freshness window of any reader. Not a setting of its own: each folder that reads live signals widens it with its
/// own window (<see cref="Cover"/>; the campaigns with their vitals and distance windows), so Scenes needs no
/// knowledge of its readers and nothing a reader could still use is dropped.
/// </summary>
public sealed class LiveSignalOptions
{
    /// <summary>A reading older than this behind the newest event time is dropped (and never taken in).</summary>
    public TimeSpan KeepFor { get; private set; }

    /// <summary>Widens <see cref="KeepFor"/> to at least <paramref name="window"/>.</summary>
    public LiveSignalOptions Cover(TimeSpan window)
    {
        if (window > KeepFor)
        {
            KeepFor = window;
        }

        return this;
    }
}

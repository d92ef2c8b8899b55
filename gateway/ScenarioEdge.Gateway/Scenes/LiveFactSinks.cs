namespace ScenarioEdge.Gateway.Scenes;

/// <summary>Hands the partition worker's live-signal news to every <see cref="ILiveFactSink"/>.</summary>
internal sealed class LiveFactSinks(IEnumerable<ILiveFactSink> sinks)
{
    private readonly ILiveFactSink[] _sinks = [.. sinks];

    /// <summary>
    /// After the signal was applied: a scene change of the shopper already carried the new facts in its triggers, so
    /// only a measurement that moved no scene is news.
    /// </summary>
    public void Measured(in SceneSignal signal, List<SceneChange> changes)
    {
        foreach (var change in changes)
        {
            if (string.Equals(change.Shopper, signal.Shopper, StringComparison.Ordinal))
            {
                return;
            }
        }

        foreach (var sink in _sinks)
        {
            sink.OnLiveFacts(signal);
        }
    }

    public void Forgotten(string shopper)
    {
        foreach (var sink in _sinks)
        {
            sink.OnLiveFactsForgotten(shopper);
        }
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ScenarioEdge.Gateway.Scenes;

/// <summary>
/// The latest live signals per shopper (heart-rate reserve, cadence, distance to a store), kept by the scene engine's
/// partition workers as they apply wearable and phone signals, so that a campaign trigger can carry them as facts.
/// Everything here came in under the activity consent (the intake drops the rest); withdrawing it or erasing the
/// shopper forgets it through the same partition, after the signals queued before. Memory only: a restart forgets.
/// </summary>
public sealed class LiveSignals(IOptions<SceneOptions> options)
{
    private readonly ConcurrentDictionary<string, ShopperVitals> _shoppers = new(StringComparer.Ordinal);
    private readonly ActivityOptions _activity = options.Value.Activity;

    public LiveReading Of(string shopper) => _shoppers.TryGetValue(shopper, out var vitals) ? vitals.Reading : LiveReading.None;

    /// <summary>Shoppers whose latest distance report names one of <paramref name="stores"/> (an alert for an area: rare, a walk over all is fine).</summary>
    public IEnumerable<(string Shopper, LiveReading Reading)> NearStores(IReadOnlyCollection<string> stores)
    {
        foreach (var (shopper, vitals) in _shoppers)
        {
            var reading = vitals.Reading;
            if (reading.DistanceStore is { } store && stores.Contains(store))
            {
                yield return (shopper, reading);
            }
        }
    }

    /// <summary>On the shopper's partition worker, before the signal is judged (so its own triggers see it).</summary>
    internal void Observe(in SceneSignal signal)
    {
        if (signal.Kind == SignalKind.Sighting)
        {
            return;
        }

        _shoppers.GetOrAdd(signal.Shopper, static _ => new ShopperVitals()).Observe(signal, _activity);
    }

    /// <summary>On the shopper's partition worker: consent withdrawn or erasure.</summary>
    internal void Forget(string shopper) => _shoppers.TryRemove(shopper, out _);
}

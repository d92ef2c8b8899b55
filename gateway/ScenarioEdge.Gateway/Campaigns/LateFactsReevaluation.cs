using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Concurrency;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Scenes;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// A second look at a shopper's latest scene triggers when a live fact (heart-rate reserve, cadence, distance to a
/// store) arrives while the scene stays the same: the triggers are raised again as the same occurrence (their own
/// event time) with the new facts, and only the campaigns that match now and were not decided for them before are
/// decided (<see cref="CampaignTriggers.Reevaluate"/>). A look that matches nothing new records and allocates nothing.
/// At most one look per shopper per <see cref="CampaignOptions.ReevaluationInterval"/> of event time; a change inside
/// it is seen by the first signal after. Runs on the shopper's scene partition worker (scene changes and signals of
/// one shopper never race). Memory only; a shopper is kept only while a campaign with a live-fact condition listens
/// to their latest scene change, and no longer than the longest delay after which a campaign may still decide a
/// trigger (<see cref="CampaignLimits.LongestMaxDelay"/>): past it a second look could only find the trigger expired.
/// Such looks are swept by event time, once per <see cref="SweepEvery"/> of it, by whichever worker moves it on.
/// </summary>
public sealed class LateFactsReevaluation(CampaignTriggers triggers, LiveFacts live, GatewayMetrics metrics, IOptions<CampaignOptions> options) : ILiveFactSink
{
    [ThreadStatic]
    private static SecondLook? t_scene;

    private static readonly long KeepFor = CampaignLimits.LongestMaxDelay.Ticks;
    private static readonly TimeSpan SweepEvery = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, SecondLook> _looks = new(StringComparer.Ordinal);
    private SweepGate _sweep;
    private readonly long _interval = options.Value.ReevaluationInterval.Ticks;
    private readonly LabelledCounter _counted = metrics.CampaignReevaluations;

    /// <summary>Shoppers kept for a second look (for tests and the docs' memory bound).</summary>
    internal int Count => _looks.Count;

    /// <summary>Whether <paramref name="shopper"/>'s latest scene change is kept for a second look (for tests).</summary>
    internal bool Keeps(string shopper) => _looks.ContainsKey(shopper);

    /// <summary>A scene change begins: the scratch its triggers and decisions are gathered in.</summary>
    internal SecondLook Begin(string shopper, DateTimeOffset at)
    {
        var scene = t_scene ??= new SecondLook();
        scene.Clear();
        scene.Seen = live.Reading(shopper);
        scene.ChangedAtTicks = at.UtcTicks;
        return scene;
    }

    /// <summary>The scene change's triggers were raised: kept when a late fact could change them, else the shopper is dropped.</summary>
    internal void End(string shopper, SecondLook scene)
    {
        if (_sweep.TryEnter(scene.ChangedAtTicks, SweepEvery.Ticks))
        {
            Sweep(scene.ChangedAtTicks);
        }

        if (scene.Triggers.Count == 0)
        {
            _looks.TryRemove(shopper, out _);
            return;
        }

        var look = _looks.GetOrAdd(shopper, static _ => new SecondLook());
        look.Take(scene);
        if (!_looks.TryGetValue(shopper, out var kept) || !ReferenceEquals(kept, look))
        {
            // Swept on another worker between the lookup and the take (it had been idle a day): keep it again.
            _looks[shopper] = look;
        }
    }

    // One worker wins each sweep (SweepGate); the others go on. The enumerator is the one allocation, once per SweepEvery.
    private void Sweep(long now)
    {
        foreach (var entry in _looks)
        {
            if (now - entry.Value.ChangedAtTicks > KeepFor)
            {
                _looks.TryRemove(entry);
            }
        }
    }

    public void OnLiveFacts(in SceneSignal signal)
    {
        if (!_looks.TryGetValue(signal.Shopper, out var look))
        {
            return;
        }

        var reading = live.Reading(signal.Shopper);
        if (reading == look.Seen)
        {
            return;
        }

        if (look.LookedAtTicks != 0 && signal.AtTicks - look.LookedAtTicks < _interval)
        {
            _counted.Add(ReevaluationMetrics.RateLimited);
            return;
        }

        look.LookedAtTicks = signal.AtTicks;
        look.Seen = reading;
        var decided = false;
        foreach (var trigger in look.Triggers)
        {
            decided |= triggers.Reevaluate(live.Fill(trigger), signal.Arrival, look.Decided);
        }

        _counted.Add(decided ? ReevaluationMetrics.Decided : ReevaluationMetrics.NothingNew);
    }

    public void OnLiveFactsForgotten(string shopper) => _looks.TryRemove(shopper, out _);
}
